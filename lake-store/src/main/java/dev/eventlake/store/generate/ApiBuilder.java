package dev.eventlake.store.generate;

/** Fluent definition of one {@link ApiOperation}, used by the catalogue classes. */
final class ApiBuilder {

  private final String service;
  private final String eventName;
  private final EventKind kind;
  private final boolean readOnly;
  private String version = "1.08";
  private boolean global;
  private String apiVersion;
  private RequestIdStyle requestIds = RequestIdStyle.UUID;
  private double errorRate;
  private final Weighted.Builder<ApiError> errors = Weighted.builder();
  private Payload.Shape shape = call -> EmptyPayload.INSTANCE;

  private ApiBuilder(String service, String eventName, EventKind kind, boolean readOnly) {
    this.service = service;
    this.eventName = eventName;
    this.kind = kind;
    this.readOnly = readOnly;
  }

  static ApiBuilder management(String service, String eventName, boolean readOnly) {
    return new ApiBuilder(service, eventName, EventKind.MANAGEMENT, readOnly);
  }

  static ApiBuilder data(String service, String eventName, boolean readOnly) {
    return new ApiBuilder(service, eventName, EventKind.DATA, readOnly);
  }

  static ApiBuilder of(String service, String eventName, EventKind kind, boolean readOnly) {
    return new ApiBuilder(service, eventName, kind, readOnly);
  }

  ApiBuilder version(String eventVersion) {
    this.version = eventVersion;
    return this;
  }

  /** Recorded in us-east-1 whatever region the caller works in (IAM, sign-in). */
  ApiBuilder global() {
    this.global = true;
    return this;
  }

  ApiBuilder apiVersion(String value) {
    this.apiVersion = value;
    return this;
  }

  ApiBuilder requestIds(RequestIdStyle style) {
    this.requestIds = style;
    return this;
  }

  ApiBuilder shape(Payload.Shape value) {
    this.shape = value;
    return this;
  }

  /** The error rate and the errors, weighted equally (list one twice to double its share). */
  ApiBuilder errors(double rate, ApiError... failures) {
    this.errorRate = rate;
    for (ApiError failure : failures) {
      errors.add(failure, 1.0);
    }
    return this;
  }

  ApiOperation build() {
    if (errorRate == 0) {
      errors.add(ApiError.of("InternalFailure", "An internal error occurred"), 1.0);
    }
    return new ApiOperation(service + ".amazonaws.com", eventName, version, kind, readOnly, global, apiVersion,
        requestIds, errorRate, errors.build(), shape, ApiOperation.endpoints(service, global),
        ApiOperation.cliCommand(service, eventName));
  }
}
