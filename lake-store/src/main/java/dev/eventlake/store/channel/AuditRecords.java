package dev.eventlake.store.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventlake.store.channel.AuditEventValidator.ValidatedEvent;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Wraps a validated {@code eventData} into the ActivityAuditLog record a store keeps (user guide, "CloudTrail Lake
 * integrations event schema"): the fields CloudTrail adds at ingestion around the caller's event, unchanged.
 */
final class AuditRecords {
  /** The eventVersion of the records this lake writes (unverified against CloudTrail's current value). */
  static final String EVENT_VERSION = "1.09";
  static final String EVENT_CATEGORY = "ActivityAuditLog";
  static final String EVENT_TYPE = "ActivityLog";

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * The record's JSON text, which becomes its {@code eventJson}.
   *
   * @param region the Region of the PutAuditEvents call
   * @param ingestionTime when the lake accepted the event (written to the second, as {@code yyyy-MM-ddTHH:mm:ssZ})
   */
  String record(ValidatedEvent event, String eventId, String region, String accountId, Instant ingestionTime,
      String channelArn) {
    ObjectNode record = mapper.createObjectNode();
    record.put("eventVersion", EVENT_VERSION);
    record.put("eventCategory", EVENT_CATEGORY);
    record.put("eventType", EVENT_TYPE);
    record.put("eventID", eventId);
    record.put("eventTime", event.eventTime().toString());
    record.put("awsRegion", region);
    record.put("recipientAccountId", accountId);
    ObjectNode metadata = record.putObject("metadata");
    metadata.put("ingestionTime", DateTimeFormatter.ISO_INSTANT.format(ingestionTime.truncatedTo(ChronoUnit.SECONDS)));
    metadata.put("channelARN", channelArn);
    record.set("eventData", event.eventData());
    try {
      return mapper.writeValueAsString(record);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a JSON tree built in memory cannot be written", impossible);
    }
  }
}
