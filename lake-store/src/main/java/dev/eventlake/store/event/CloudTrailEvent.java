package dev.eventlake.store.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One CloudTrail record mapped to the CloudTrail Lake column schema (user guide, "supported event schemas").
 * Every member except {@code eventTime}, {@code eventCategory} and {@code eventJson} may be null; maps and
 * lists are null when the record had no such member. {@code eventJson} is the original record text, unchanged.
 * ActivityAuditLog records (events sent through a channel) also carry {@code metadata} and {@code eventData}; for
 * every other category those two are null.
 */
public record CloudTrailEvent(
    String eventVersion,
    UserIdentity userIdentity,
    Instant eventTime,
    String eventSource,
    String eventName,
    String awsRegion,
    String sourceIPAddress,
    String userAgent,
    String errorCode,
    String errorMessage,
    Map<String, String> requestParameters,
    Map<String, String> responseElements,
    Map<String, String> additionalEventData,
    String requestID,
    String eventID,
    Boolean readOnly,
    List<EventResource> resources,
    String eventType,
    String apiVersion,
    Boolean managementEvent,
    String recipientAccountId,
    String sharedEventID,
    String annotation,
    String vpcEndpointId,
    String vpcEndpointAccountId,
    Map<String, String> serviceEventDetails,
    Map<String, String> addendum,
    Map<String, String> edgeDeviceDetails,
    Map<String, String> insightDetails,
    String eventCategory,
    TlsDetails tlsDetails,
    String sessionCredentialFromConsole,
    String eventJson,
    String eventJsonChecksum,
    EventMetadata metadata,
    AuditEventData eventData) {
  private static final long SECONDS_PER_DAY = 86_400;

  /** The UTC day this event belongs to, which names its partition. */
  public java.time.LocalDate eventDate() {
    return java.time.LocalDate.ofEpochDay(Math.floorDiv(eventTime.getEpochSecond(), SECONDS_PER_DAY));
  }
}
