package dev.eventlake.store.channel;

/** One PutAuditEvents entry failed validation; it becomes a {@code failed} entry, never an error of the request. */
final class AuditEventRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final AuditEventErrorCode code;

  AuditEventRejectedException(AuditEventErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  AuditEventErrorCode code() {
    return code;
  }
}
