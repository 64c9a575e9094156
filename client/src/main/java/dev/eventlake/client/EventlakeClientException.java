package dev.eventlake.client;

/**
 * A request the server refused or could not answer. Refusals carry the server's CloudTrail-style error name
 * ({@code InvalidQueryStatementException}, {@code AccessDeniedException}, …) and HTTP status; transport failures
 * (no connection, timeout, unreadable answer) carry the status 0 and one of the {@code CLIENT_*} codes.
 */
public final class EventlakeClientException extends Exception {
  /** The server could not be reached or stopped answering. */
  public static final String CONNECTION_FAILURE = "ConnectionFailure";
  /** The server answered with something that is not the documented JSON. */
  public static final String UNREADABLE_RESPONSE = "UnreadableResponse";
  /** The calling thread was interrupted while waiting for the server. */
  public static final String INTERRUPTED = "Interrupted";
  private static final long serialVersionUID = 1L;
  private final String code;
  private final int httpStatus;

  public EventlakeClientException(String code, int httpStatus, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /** The error name, such as {@code InvalidQueryStatementException}, or a {@code CLIENT_*} code. */
  public String code() {
    return code;
  }

  /** The HTTP status of the refusal; 0 when no answer came. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Whether the server answered, as opposed to a failure to reach or understand it. */
  public boolean isServerError() {
    return httpStatus > 0;
  }

  /** {@code code: message}, the way people read CloudTrail errors. */
  public String describe() {
    return code + ": " + getMessage();
  }
}
