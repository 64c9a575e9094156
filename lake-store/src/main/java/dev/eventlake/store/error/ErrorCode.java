package dev.eventlake.store.error;

import static dev.eventlake.store.error.ErrorCategory.CAPACITY_EXCEEDED;
import static dev.eventlake.store.error.ErrorCategory.CONFLICT;
import static dev.eventlake.store.error.ErrorCategory.FORBIDDEN;
import static dev.eventlake.store.error.ErrorCategory.INTERNAL;
import static dev.eventlake.store.error.ErrorCategory.INVALID_INPUT;
import static dev.eventlake.store.error.ErrorCategory.NOT_ACCEPTABLE;
import static dev.eventlake.store.error.ErrorCategory.NOT_ALLOWED;
import static dev.eventlake.store.error.ErrorCategory.NOT_FOUND;
import static dev.eventlake.store.error.ErrorCategory.PAYLOAD_TOO_LARGE;
import static dev.eventlake.store.error.ErrorCategory.UNAUTHORIZED;
import static dev.eventlake.store.error.ErrorCategory.UNAVAILABLE;
import static dev.eventlake.store.error.ErrorCategory.UNSUPPORTED_MEDIA_TYPE;

/** Error names exactly as CloudTrail puts them on the wire, each tied to a category and thus an HTTP status. */
public enum ErrorCode {
  INVALID_PARAMETER("InvalidParameterException", INVALID_INPUT),
  INVALID_PARAMETER_COMBINATION("InvalidParameterCombinationException", INVALID_INPUT),
  INVALID_EVENT_SELECTORS("InvalidEventSelectorsException", INVALID_INPUT),
  EVENT_DATA_STORE_ALREADY_EXISTS("EventDataStoreAlreadyExistsException", INVALID_INPUT),
  EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED("EventDataStoreMaxLimitExceededException", INVALID_INPUT),
  EVENT_DATA_STORE_ARN_INVALID("EventDataStoreARNInvalidException", INVALID_INPUT),
  EVENT_DATA_STORE_NOT_FOUND("EventDataStoreNotFoundException", NOT_FOUND),
  EVENT_DATA_STORE_TERMINATION_PROTECTED("EventDataStoreTerminationProtectedException", INVALID_INPUT),
  EVENT_DATA_STORE_HAS_ONGOING_IMPORT("EventDataStoreHasOngoingImportException", INVALID_INPUT),
  INACTIVE_EVENT_DATA_STORE("InactiveEventDataStoreException", INVALID_INPUT),
  INVALID_EVENT_DATA_STORE_STATUS("InvalidEventDataStoreStatusException", INVALID_INPUT),
  INVALID_EVENT_DATA_STORE_CATEGORY("InvalidEventDataStoreCategoryException", INVALID_INPUT),
  CHANNEL_EXISTS_FOR_EDS("ChannelExistsForEDSException", INVALID_INPUT),
  CHANNEL_NOT_FOUND("ChannelNotFoundException", NOT_FOUND),
  CHANNEL_ARN_INVALID("ChannelARNInvalidException", INVALID_INPUT),
  CHANNEL_ALREADY_EXISTS("ChannelAlreadyExistsException", INVALID_INPUT),
  CHANNEL_MAX_LIMIT_EXCEEDED("ChannelMaxLimitExceededException", INVALID_INPUT),
  INVALID_SOURCE("InvalidSourceException", INVALID_INPUT),
  // cloudtrail-data (PutAuditEvents) errors: named without the "Exception" suffix, and all HTTP 400
  INGESTION_CHANNEL_NOT_FOUND("ChannelNotFound", INVALID_INPUT),
  INVALID_CHANNEL_ARN("InvalidChannelARN", INVALID_INPUT),
  DUPLICATED_AUDIT_EVENT_ID("DuplicatedAuditEventId", INVALID_INPUT),
  CHANNEL_UNSUPPORTED_SCHEMA("ChannelUnsupportedSchema", INVALID_INPUT),
  CHANNEL_INSUFFICIENT_PERMISSION("ChannelInsufficientPermission", INVALID_INPUT),
  INVALID_IMPORT_SOURCE("InvalidImportSourceException", INVALID_INPUT),
  IMPORT_NOT_FOUND("ImportNotFoundException", NOT_FOUND),
  ACCOUNT_HAS_ONGOING_IMPORT("AccountHasOngoingImportException", INVALID_INPUT),
  INVALID_DATE_RANGE("InvalidDateRangeException", INVALID_INPUT),
  INVALID_MAX_RESULTS("InvalidMaxResultsException", INVALID_INPUT),
  INVALID_NEXT_TOKEN("InvalidNextTokenException", INVALID_INPUT),
  INVALID_TAG_PARAMETER("InvalidTagParameterException", INVALID_INPUT),
  TAGS_LIMIT_EXCEEDED("TagsLimitExceededException", INVALID_INPUT),
  INVALID_KMS_KEY_ID("InvalidKmsKeyIdException", INVALID_INPUT),
  INVALID_QUERY_STATEMENT("InvalidQueryStatementException", INVALID_INPUT),
  INVALID_QUERY_STATUS("InvalidQueryStatusException", INVALID_INPUT),
  INACTIVE_QUERY("InactiveQueryException", INVALID_INPUT),
  QUERY_ID_NOT_FOUND("QueryIdNotFoundException", NOT_FOUND),
  MAX_CONCURRENT_QUERIES("MaxConcurrentQueriesException", CAPACITY_EXCEEDED),
  THROTTLING("ThrottlingException", CAPACITY_EXCEEDED),
  CONFLICT_EXCEPTION("ConflictException", CONFLICT),
  ACCESS_DENIED("AccessDeniedException", FORBIDDEN),
  NOT_AUTHORIZED("NotAuthorized", UNAUTHORIZED),
  MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", UNAUTHORIZED),
  UNRECOGNIZED_CLIENT("UnrecognizedClientException", UNAUTHORIZED),
  INVALID_SIGNATURE("InvalidSignatureException", UNAUTHORIZED),
  INCOMPLETE_SIGNATURE("IncompleteSignatureException", UNAUTHORIZED),
  UNKNOWN_OPERATION("UnknownOperationException", INVALID_INPUT),
  SERIALIZATION("SerializationException", INVALID_INPUT),
  REQUEST_TOO_LARGE("RequestEntityTooLargeException", PAYLOAD_TOO_LARGE),
  RESOURCE_NOT_FOUND("ResourceNotFoundException", INVALID_INPUT),
  RESOURCE_TYPE_NOT_SUPPORTED("ResourceTypeNotSupportedException", INVALID_INPUT),
  ROUTE_NOT_FOUND("NotFoundException", NOT_FOUND),
  ACCESS_KEY_NOT_FOUND("AccessKeyNotFoundException", NOT_FOUND),
  METHOD_NOT_ALLOWED("MethodNotAllowedException", NOT_ALLOWED),
  NOT_ACCEPTABLE_MEDIA_TYPE("NotAcceptableException", NOT_ACCEPTABLE),
  UNSUPPORTED_CONTENT_TYPE("UnsupportedMediaTypeException", UNSUPPORTED_MEDIA_TYPE),
  UNSUPPORTED_OPERATION("UnsupportedOperationException", INVALID_INPUT),
  SERVICE_UNAVAILABLE("ServiceUnavailableException", UNAVAILABLE),
  // saved queries, sample queries, result delivery and signing keys
  SAVED_QUERY_NOT_FOUND("SavedQueryNotFoundException", NOT_FOUND),
  SAVED_QUERY_ALREADY_EXISTS("SavedQueryAlreadyExistsException", CONFLICT),
  SAMPLE_QUERY_NOT_FOUND("SampleQueryNotFoundException", NOT_FOUND),
  INVALID_S3_BUCKET_NAME("InvalidS3BucketNameException", INVALID_INPUT),
  INVALID_S3_PREFIX("InvalidS3PrefixException", INVALID_INPUT),
  INVALID_TIME_RANGE("InvalidTimeRangeException", INVALID_INPUT),
  INVALID_TOKEN("InvalidTokenException", INVALID_INPUT),
  INTERNAL_FAILURE("InternalFailure", INTERNAL);

  private final String wireName;
  private final ErrorCategory category;

  ErrorCode(String wireName, ErrorCategory category) {
    this.wireName = wireName;
    this.category = category;
  }

  /** The exception shape name CloudTrail clients see in {@code __type}. */
  public String wireName() {
    return wireName;
  }

  public ErrorCategory category() {
    return category;
  }

  public int httpStatus() {
    return category.httpStatus();
  }
}
