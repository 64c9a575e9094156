package dev.eventlake.store.event;

import static dev.eventlake.store.event.JsonValues.bool;
import static dev.eventlake.store.event.JsonValues.stringMap;
import static dev.eventlake.store.event.JsonValues.member;
import static dev.eventlake.store.event.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Maps one raw CloudTrail record to a Lake row; {@code metadata} and {@code eventData} are mapped only for
 * ActivityAuditLog records (other categories, such as ConfigurationItem, use {@code eventData} differently). Lenient by design: a member of an unexpected type becomes null
 * (or JSON text where the column is a string) and survives in {@code eventJson}; only a record that is not a JSON
 * object or has no readable {@code eventTime} is rejected. Not thread-safe (it keeps a digest): one per thread.
 */
public final class EventMapper {
  private static final String ACTIVITY_AUDIT_LOG = "ActivityAuditLog";

  private final EventJson json;
  private final IdentityMapper identities;
  private final AuditDataMapper auditData;
  private final MessageDigest sha256;

  public EventMapper(EventJson json) {
    this.json = json;
    this.identities = new IdentityMapper(json);
    this.auditData = new AuditDataMapper(json);
    this.sha256 = dev.eventlake.store.storage.Hashing.newDigest();
  }

  /** Parses and maps the record text; the text is kept byte for byte as {@code eventJson}. */
  public CloudTrailEvent map(String recordText) throws RecordRejectedException {
    try {
      return map(json.readTree(recordText), recordText);
    } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
      throw new RecordRejectedException("record is not valid JSON: " + malformed.getOriginalMessage());
    } catch (IOException unreadable) {
      throw new RecordRejectedException("record cannot be read: " + unreadable.getMessage());
    }
  }

  /** Maps an already parsed record whose original text is {@code recordText}. */
  public CloudTrailEvent map(JsonNode record, String recordText) throws RecordRejectedException {
    if (record == null || !record.isObject()) {
      throw new RecordRejectedException("record is not a JSON object");
    }
    JsonNode timeNode = record.get("eventTime");
    Instant eventTime = JsonValues.instant(timeNode);
    if (eventTime == null) {
      throw new RecordRejectedException(timeNode == null
          ? "record has no eventTime"
          : "eventTime " + text(timeNode) + " is not an ISO-8601 time");
    }
    Boolean managementEvent = bool(record.get("managementEvent"));
    String category = eventCategory(record, managementEvent);
    boolean activity = ACTIVITY_AUDIT_LOG.equals(category);
    return new CloudTrailEvent(
        text(record.get("eventVersion")), identities.userIdentity(record.get("userIdentity")), eventTime,
        text(record.get("eventSource")), text(record.get("eventName")), text(record.get("awsRegion")),
        text(record.get("sourceIPAddress")), text(record.get("userAgent")), text(record.get("errorCode")),
        text(record.get("errorMessage")), stringMap(record.get("requestParameters"), json),
        stringMap(record.get("responseElements"), json), stringMap(record.get("additionalEventData"), json),
        text(record.get("requestID")), text(record.get("eventID")), bool(record.get("readOnly")),
        resources(record.get("resources")), text(record.get("eventType")), text(record.get("apiVersion")),
        managementEvent, text(record.get("recipientAccountId")), text(record.get("sharedEventID")),
        text(record.get("annotation")), text(record.get("vpcEndpointId")),
        text(record.get("vpcEndpointAccountId")), stringMap(record.get("serviceEventDetails"), json),
        stringMap(record.get("addendum"), json), stringMap(record.get("edgeDeviceDetails"), json),
        stringMap(record.get("insightDetails"), json), category,
        tlsDetails(record.get("tlsDetails")), text(record.get("sessionCredentialFromConsole")),
        recordText, checksum(recordText), activity ? AuditDataMapper.metadata(record.get("metadata")) : null,
        activity ? auditData.eventData(record.get("eventData")) : null);
  }

  /** The record's category, or the one CloudTrail implies: Data when managementEvent is false. */
  private static String eventCategory(JsonNode record, Boolean managementEvent) {
    String category = text(record.get("eventCategory"));
    if (category != null && !category.isBlank()) {
      return category;
    }
    return Boolean.FALSE.equals(managementEvent) ? "Data" : "Management";
  }

  private static List<EventResource> resources(JsonNode node) {
    if (node == null || !node.isArray()) {
      return null;
    }
    List<EventResource> resources = new ArrayList<>(node.size());
    for (JsonNode element : node) {
      if (element.isObject()) {
        resources.add(new EventResource(text(member(element, "accountId")), text(member(element, "type")),
            text(member(element, "ARN")), text(member(element, "ARNPrefix"))));
      }
    }
    return resources;
  }

  private static TlsDetails tlsDetails(JsonNode node) {
    JsonNode object = JsonValues.object(node);
    if (object == null) {
      return null;
    }
    return new TlsDetails(text(member(object, "tlsVersion")), text(member(object, "cipherSuite")),
        text(member(object, "clientProvidedHostHeader")));
  }

  private String checksum(String recordText) {
    return HexFormat.of().formatHex(sha256.digest(recordText.getBytes(StandardCharsets.UTF_8)));
  }
}
