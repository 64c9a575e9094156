package dev.eventlake.store.channel;

import static dev.eventlake.store.channel.AuditEventErrorCode.FIELD_NOT_FOUND;
import static dev.eventlake.store.channel.AuditEventErrorCode.FIELD_TOO_LONG;
import static dev.eventlake.store.channel.AuditEventErrorCode.INVALID_DATA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The members of an ActivityAuditLog {@code eventData} (API reference, section 7.4): which are required, their JSON
 * types and their size limits (characters for strings, UTF-8 bytes of the compact JSON for objects). Member names
 * match exactly; members not listed here are kept but not checked.
 */
final class AuditEventFields {
  private static final int UNLIMITED = Integer.MAX_VALUE;
  private static final int PAYLOAD_BYTES = 100 * 1024;
  private static final int ADDITIONAL_DATA_BYTES = 28 * 1024;

  /** The JSON type a member must have. */
  private enum Kind { STRING, OBJECT }

  /** One member, by dotted path from the eventData object. */
  private record Field(String path, Kind kind, boolean required, int maximum) {}

  private static final List<Field> FIELDS = List.of(
      new Field("version", Kind.STRING, true, 256),
      new Field("userIdentity", Kind.OBJECT, true, UNLIMITED),
      new Field("userIdentity.type", Kind.STRING, true, 128),
      new Field("userIdentity.principalId", Kind.STRING, true, 1024),
      new Field("userIdentity.details", Kind.OBJECT, false, UNLIMITED),
      new Field("userAgent", Kind.STRING, false, 1024),
      new Field("eventSource", Kind.STRING, true, 1024),
      new Field("eventName", Kind.STRING, true, 1024),
      new Field("eventTime", Kind.STRING, true, UNLIMITED),
      new Field("UID", Kind.STRING, true, 1024),
      new Field("requestParameters", Kind.OBJECT, false, PAYLOAD_BYTES),
      new Field("responseElements", Kind.OBJECT, false, PAYLOAD_BYTES),
      new Field("errorCode", Kind.STRING, false, 256),
      new Field("errorMessage", Kind.STRING, false, 256),
      new Field("sourceIPAddress", Kind.STRING, false, UNLIMITED),
      new Field("recipientAccountId", Kind.STRING, true, UNLIMITED),
      new Field("additionalEventData", Kind.OBJECT, false, ADDITIONAL_DATA_BYTES));

  private AuditEventFields() {}

  /** Checks every listed member in order; the first fault found rejects the event. */
  static void check(ObjectNode eventData) throws AuditEventRejectedException {
    for (Field field : FIELDS) {
      check(field, at(eventData, field.path()));
    }
  }

  private static void check(Field field, JsonNode value) throws AuditEventRejectedException {
    if (value == null || value.isNull()) {
      if (field.required()) {
        throw new AuditEventRejectedException(FIELD_NOT_FOUND, "eventData." + field.path() + " is required.");
      }
      return;
    }
    boolean rightKind = field.kind() == Kind.STRING ? value.isTextual() : value.isObject();
    if (!rightKind) {
      throw new AuditEventRejectedException(INVALID_DATA, "eventData." + field.path() + " must be a JSON "
          + (field.kind() == Kind.STRING ? "string" : "object") + "; got " + value.getNodeType() + ".");
    }
    int size = field.kind() == Kind.STRING ? value.textValue().length()
        : value.toString().getBytes(StandardCharsets.UTF_8).length;
    if (size > field.maximum()) {
      throw new AuditEventRejectedException(FIELD_TOO_LONG, "eventData." + field.path() + " has " + size
          + (field.kind() == Kind.STRING ? " characters" : " bytes") + "; the limit is " + field.maximum() + ".");
    }
  }

  /** The member at a dotted path, or null when it or one of its parents is missing or not an object. */
  private static JsonNode at(ObjectNode root, String path) {
    JsonNode node = root;
    for (String name : path.split("\\.")) {
      if (node == null || !node.isObject()) {
        return null;
      }
      node = node.get(name);
    }
    return node;
  }
}
