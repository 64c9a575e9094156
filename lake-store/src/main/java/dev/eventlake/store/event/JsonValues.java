package dev.eventlake.store.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Lenient readers that turn whatever a real record holds into the typed value a Lake column wants. */
final class JsonValues {
  private JsonValues() {}

  /** The member {@code name}, matched exactly first and then ignoring case; null when absent. */
  static JsonNode member(JsonNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null || !object.isObject()) {
      return exact;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }

  /** Scalars as their text, objects and arrays as compact JSON text, null and missing as null. */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  /** A struct member: present only when the node is a JSON object. */
  static JsonNode object(JsonNode node) {
    return node != null && node.isObject() ? node : null;
  }

  /** JSON booleans and the strings "true"/"false" (any case); anything else is null. */
  static Boolean bool(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      String value = node.textValue().trim().toLowerCase(Locale.ROOT);
      if (value.equals("true") || value.equals("false")) {
        return Boolean.valueOf(value);
      }
    }
    return null;
  }

  /**
   * A string-to-string map: nested objects and arrays become JSON text, scalars their text. A string holding a
   * JSON object is unwrapped; any other non-object value yields null (the original stays in eventJson).
   */
  static Map<String, String> stringMap(JsonNode node, EventJson json) {
    JsonNode object = node;
    if (node != null && node.isTextual()) {
      object = json.tryParseObject(node.textValue());
    }
    if (object == null || !object.isObject()) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(field -> map.put(field.getKey(), text(field.getValue())));
    return map;
  }

  /** An ISO-8601 instant; a zone-less time is taken as UTC. Null when absent or unreadable. */
  static Instant instant(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    return parseInstant(node.textValue());
  }

  /** Parses {@code 2024-01-05T13:51:00Z}, offsets, fractions, and the zone-less and space-separated forms. */
  static Instant parseInstant(String text) {
    Instant canonical = canonicalInstant(text);
    if (canonical != null) {
      return canonical;
    }
    String value = text.trim();
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException offsetMissing) {
      try {
        return LocalDateTime.parse(value.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }

  /**
   * The fast path for CloudTrail's own form, {@code yyyy-MM-ddTHH:mm:ssZ} (the formatter-based parse was 6% of an
   * import); null for any other form or an impossible date, which the general parse then handles.
   */
  private static Instant canonicalInstant(String text) {
    if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(LocalDateTime.of(year, month, day, hour, minute, second)
          .toEpochSecond(ZoneOffset.UTC));
    } catch (java.time.DateTimeException impossible) {
      return null;
    }
  }

  /** The decimal number in {@code text[from, from + count)}, or -1 when a character is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int index = from; index < from + count; index++) {
      char character = text.charAt(index);
      if (character < '0' || character > '9') {
        return -1;
      }
      value = value * 10 + (character - '0');
    }
    return value;
  }
}
