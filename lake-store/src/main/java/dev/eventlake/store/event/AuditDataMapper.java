package dev.eventlake.store.event;

import static dev.eventlake.store.event.JsonValues.member;
import static dev.eventlake.store.event.JsonValues.object;
import static dev.eventlake.store.event.JsonValues.stringMap;
import static dev.eventlake.store.event.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.store.event.AuditEventData.AuditIdentity;

/** Maps the {@code metadata} and {@code eventData} members of an ActivityAuditLog record, leniently. */
final class AuditDataMapper {
  private final EventJson json;

  AuditDataMapper(EventJson json) {
    this.json = json;
  }

  /** The {@code metadata} struct, or null when the member is not an object. */
  static EventMetadata metadata(JsonNode node) {
    JsonNode metadata = object(node);
    if (metadata == null) {
      return null;
    }
    return new EventMetadata(text(member(metadata, "ingestionTime")), text(member(metadata, "channelARN")));
  }

  /** The {@code eventData} struct, or null when the member is not an object. */
  AuditEventData eventData(JsonNode node) {
    JsonNode data = object(node);
    if (data == null) {
      return null;
    }
    return new AuditEventData(text(member(data, "version")), identity(member(data, "userIdentity")),
        text(member(data, "userAgent")), text(member(data, "eventSource")), text(member(data, "eventName")),
        text(member(data, "eventTime")), text(member(data, "UID")),
        stringMap(member(data, "requestParameters"), json), stringMap(member(data, "responseElements"), json),
        text(member(data, "errorCode")), text(member(data, "errorMessage")),
        text(member(data, "sourceIPAddress")), text(member(data, "recipientAccountId")),
        stringMap(member(data, "additionalEventData"), json));
  }

  private AuditIdentity identity(JsonNode node) {
    JsonNode identity = object(node);
    if (identity == null) {
      return null;
    }
    return new AuditIdentity(text(member(identity, "type")), text(member(identity, "principalId")),
        stringMap(member(identity, "details"), json));
  }
}
