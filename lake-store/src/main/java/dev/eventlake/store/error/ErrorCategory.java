package dev.eventlake.store.error;

/** The kind of failure an {@link ErrorCode} belongs to; the category owns the HTTP status. */
public enum ErrorCategory {
  INVALID_INPUT(400),
  UNAUTHORIZED(401),
  FORBIDDEN(403),
  NOT_FOUND(404),
  NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  CONFLICT(409),
  PAYLOAD_TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415),
  CAPACITY_EXCEEDED(429),
  INTERNAL(500),
  UNAVAILABLE(503);

  private final int httpStatus;

  ErrorCategory(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
