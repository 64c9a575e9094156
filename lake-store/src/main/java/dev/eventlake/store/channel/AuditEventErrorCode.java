package dev.eventlake.store.channel;

/** Why PutAuditEvents rejected one event: the {@code errorCode} of a {@code failed} entry, in its wire spelling. */
public enum AuditEventErrorCode {
  FIELD_NOT_FOUND("FieldNotFound"),
  FIELD_TOO_LONG("FieldTooLong"),
  INVALID_CHECKSUM("InvalidChecksum"),
  INVALID_DATA("InvalidData"),
  INVALID_RECIPIENT("InvalidRecipient");

  private final String wireName;

  AuditEventErrorCode(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
