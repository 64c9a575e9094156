package dev.eventlake.api.server;

/** The three HTTP APIs the server speaks; each writes errors its own way. */
public enum ApiStyle {
  /** CloudTrail control plane, AWS JSON 1.1: {@code {"__type": "...", "Message": "..."}}. */
  AWS_JSON,
  /** CloudTrail Data plane, REST-JSON: {@code X-Amzn-ErrorType} header and {@code {"message": "..."}}. */
  AWS_REST_JSON,
  /** Eventlake's own REST API under {@code /v1}: {@code {"code": "...", "message": "..."}}. */
  REST;

  /** The style of the API a request path belongs to. */
  public static ApiStyle of(String path) {
    if (path.startsWith("/PutAuditEvents")) {
      return AWS_REST_JSON;
    }
    if (path.startsWith("/v1/") || path.equals("/v1") || path.equals("/health") || path.equals("/openapi.json")) {
      return REST;
    }
    return AWS_JSON;
  }
}
