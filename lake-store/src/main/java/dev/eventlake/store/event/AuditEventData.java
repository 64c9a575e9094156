package dev.eventlake.store.event;

import java.util.Map;

/**
 * The {@code eventData} struct of an ActivityAuditLog record: the event a channel's source sent to PutAuditEvents.
 * {@code eventTime} stays the source's own text; the record's top-level {@code eventTime} is the parsed instant.
 * Maps hold JSON values as text, like {@code requestParameters} of CloudTrail records.
 */
public record AuditEventData(
    String version,
    AuditIdentity userIdentity,
    String userAgent,
    String eventSource,
    String eventName,
    String eventTime,
    String uid,
    Map<String, String> requestParameters,
    Map<String, String> responseElements,
    String errorCode,
    String errorMessage,
    String sourceIPAddress,
    String recipientAccountId,
    Map<String, String> additionalEventData) {

  /** {@code eventData.userIdentity}: who acted, in the source's terms. */
  public record AuditIdentity(String type, String principalId, Map<String, String> details) {}
}
