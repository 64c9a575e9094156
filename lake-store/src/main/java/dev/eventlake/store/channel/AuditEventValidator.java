package dev.eventlake.store.channel;

import static dev.eventlake.store.channel.AuditEventErrorCode.FIELD_NOT_FOUND;
import static dev.eventlake.store.channel.AuditEventErrorCode.FIELD_TOO_LONG;
import static dev.eventlake.store.channel.AuditEventErrorCode.INVALID_CHECKSUM;
import static dev.eventlake.store.channel.AuditEventErrorCode.INVALID_DATA;
import static dev.eventlake.store.channel.AuditEventErrorCode.INVALID_RECIPIENT;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventlake.store.storage.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Checks one PutAuditEvents entry (API reference, section 7.4) and parses its {@code eventData}. Stateless and
 * thread-safe. Faults become per-event error codes: a missing member {@code FieldNotFound}, an oversized one
 * {@code FieldTooLong}, a checksum mismatch {@code InvalidChecksum}, anything unreadable {@code InvalidData}, another
 * account {@code InvalidRecipient}.
 */
final class AuditEventValidator {
  /** CloudTrail's event size quota, applied to the {@code eventData} text. */
  static final int MAXIMUM_EVENT_BYTES = 256 * 1024;

  private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private final String accountId;

  /** A validated event: its parsed {@code eventData} and the instant of its {@code eventTime}. */
  record ValidatedEvent(ObjectNode eventData, Instant eventTime) {}

  AuditEventValidator(String accountId) {
    this.accountId = accountId;
  }

  ValidatedEvent validate(AuditEventInput input) throws AuditEventRejectedException {
    String text = input.eventData();
    if (text == null) {
      throw new AuditEventRejectedException(FIELD_NOT_FOUND, "eventData is required.");
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAXIMUM_EVENT_BYTES) {
      throw new AuditEventRejectedException(FIELD_TOO_LONG, "eventData has " + bytes.length + " bytes; an event may "
          + "have at most " + MAXIMUM_EVENT_BYTES + ".");
    }
    checkChecksum(bytes, input.eventDataChecksum());
    ObjectNode eventData = parse(text);
    AuditEventFields.check(eventData);
    Instant eventTime = eventTime(eventData.get("eventTime").textValue());
    checkSourceAddress(eventData.get("sourceIPAddress"));
    String recipient = eventData.get("recipientAccountId").textValue();
    if (!recipient.equals(accountId)) {
      throw new AuditEventRejectedException(INVALID_RECIPIENT, "eventData.recipientAccountId is '" + recipient
          + "'; the channel belongs to account " + accountId + ".");
    }
    return new ValidatedEvent(eventData, eventTime);
  }

  private static void checkChecksum(byte[] eventData, String checksum) throws AuditEventRejectedException {
    if (checksum == null) {
      return;
    }
    MessageDigest sha256 = Hashing.newDigest();
    byte[] expected = sha256.digest(eventData);
    byte[] given;
    try {
      given = Base64.getDecoder().decode(checksum);
    } catch (IllegalArgumentException notBase64) {
      throw new AuditEventRejectedException(INVALID_CHECKSUM, "eventDataChecksum is not base64.");
    }
    if (!MessageDigest.isEqual(expected, given)) {
      throw new AuditEventRejectedException(INVALID_CHECKSUM, "eventDataChecksum does not match the SHA-256 of "
          + "eventData; it must be the base64 of the SHA-256 of the exact eventData text (UTF-8).");
    }
  }

  private ObjectNode parse(String text) throws AuditEventRejectedException {
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (IOException malformed) {
      throw new AuditEventRejectedException(INVALID_DATA, "eventData is not valid JSON.");
    }
    if (node == null || !node.isObject()) {
      throw new AuditEventRejectedException(INVALID_DATA, "eventData must be a JSON object.");
    }
    return (ObjectNode) node;
  }

  /** An ISO-8601 time, UTC when it has no offset ({@code 2025-01-02T03:04:05}, {@code 2025-01-02T03:04:05Z}). */
  static Instant eventTime(String text) throws AuditEventRejectedException {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException unreadable) {
        throw new AuditEventRejectedException(INVALID_DATA, "eventData.eventTime '" + text + "' is not a time in "
            + "the form yyyy-MM-ddTHH:mm:ss (UTC).");
      }
    }
  }

  private static void checkSourceAddress(JsonNode address) throws AuditEventRejectedException {
    if (address != null && !address.isNull() && !IpAddresses.isLiteral(address.textValue())) {
      throw new AuditEventRejectedException(INVALID_DATA, "eventData.sourceIPAddress '" + address.textValue()
          + "' is not an IPv4 or IPv6 address.");
    }
  }
}
