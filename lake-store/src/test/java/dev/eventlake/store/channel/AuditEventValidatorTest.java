package dev.eventlake.store.channel;

import static dev.eventlake.store.channel.AuditEventErrorCode.FIELD_NOT_FOUND;
import static dev.eventlake.store.channel.AuditEventErrorCode.FIELD_TOO_LONG;
import static dev.eventlake.store.channel.AuditEventErrorCode.INVALID_CHECKSUM;
import static dev.eventlake.store.channel.AuditEventErrorCode.INVALID_DATA;
import static dev.eventlake.store.channel.AuditEventErrorCode.INVALID_RECIPIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventlake.store.channel.AuditEventValidator.ValidatedEvent;
import dev.eventlake.store.testing.ActivityAuditLogs;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Section 7.4's per-event rules: required members, types, limits, checksum, eventTime, address and recipient. */
class AuditEventValidatorTest {
  private final AuditEventValidator validator = new AuditEventValidator(ActivityAuditLogs.ACCOUNT);

  @Test
  void acceptsACompleteEventAndParsesItsTime() throws Exception {
    String data = ActivityAuditLogs.eventData("myapp", "Login", "alice", "2025-01-02T03:04:05Z");

    ValidatedEvent event = validator.validate(new AuditEventInput("e1", data, ActivityAuditLogs.checksum(data)));

    assertThat(event.eventTime()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
    assertThat(event.eventData().get("userIdentity").get("principalId").textValue()).isEqualTo("alice");
  }

  @ParameterizedTest
  @CsvSource({
      "2025-01-02T03:04:05, 2025-01-02T03:04:05Z",
      "2025-01-02T03:04:05.250Z, 2025-01-02T03:04:05.250Z",
      "2025-01-02T05:04:05+02:00, 2025-01-02T03:04:05Z"})
  void eventTimesAreIsoAndUtcWithoutAnOffset(String text, String expected) throws Exception {
    assertThat(validate(data -> data.put("eventTime", text)).eventTime()).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"version", "userIdentity", "userIdentity.type", "userIdentity.principalId", "eventSource",
      "eventName", "eventTime", "UID", "recipientAccountId"})
  void missingOrNullRequiredMembersAreFieldNotFound(String path) {
    assertRejected(data -> remove(data, path), FIELD_NOT_FOUND, "eventData." + path + " is required");
    assertRejected(data -> parentOf(data, path).putNull(last(path)), FIELD_NOT_FOUND, path);
  }

  @Test
  void optionalMembersMayBeAbsentOrNull() throws Exception {
    validate(data -> {
      data.remove("userAgent");
      data.remove("requestParameters");
      data.putNull("responseElements");
      data.remove("sourceIPAddress");
      ((ObjectNode) data.get("userIdentity")).remove("details");
    });
  }

  @ParameterizedTest
  @CsvSource({"version, 256", "userIdentity.type, 128", "userIdentity.principalId, 1024", "userAgent, 1024",
      "eventSource, 1024", "eventName, 1024", "UID, 1024", "errorCode, 256", "errorMessage, 256"})
  void stringsOverTheirLimitAreFieldTooLong(String path, int limit) throws Exception {
    validate(data -> parentOf(data, path).put(last(path), "x".repeat(limit)));
    assertRejected(data -> parentOf(data, path).put(last(path), "x".repeat(limit + 1)), FIELD_TOO_LONG,
        "the limit is " + limit);
  }

  @ParameterizedTest
  @CsvSource({"requestParameters, 102400", "responseElements, 102400", "additionalEventData, 28672"})
  void objectsOverTheirLimitAreFieldTooLong(String member, int limit) {
    assertRejected(data -> data.putObject(member).put("blob", "x".repeat(limit)), FIELD_TOO_LONG,
        "eventData." + member);
  }

  @Test
  void anEventOverTheEventSizeQuotaIsFieldTooLong() {
    String huge = "{\"padding\":\"" + "x".repeat(AuditEventValidator.MAXIMUM_EVENT_BYTES) + "\"}";
    assertThatThrownBy(() -> validator.validate(new AuditEventInput("e1", huge, null)))
        .isInstanceOfSatisfying(AuditEventRejectedException.class,
            rejected -> assertThat(rejected.code()).isEqualTo(FIELD_TOO_LONG));
  }

  @Test
  void wrongTypesAreInvalidData() {
    assertRejected(data -> data.put("version", 1), INVALID_DATA, "eventData.version must be a JSON string");
    assertRejected(data -> data.put("userIdentity", "alice"), INVALID_DATA, "eventData.userIdentity must be a JSON "
        + "object");
    assertRejected(data -> data.put("requestParameters", "bucket=reports"), INVALID_DATA, "requestParameters");
    assertRejected(data -> data.putArray("additionalEventData"), INVALID_DATA, "additionalEventData");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2025-01-02", "2025-13-02T03:04:05Z", "1735787045"})
  void unreadableEventTimesAreInvalidData(String eventTime) {
    assertRejected(data -> data.put("eventTime", eventTime), INVALID_DATA, "eventData.eventTime");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "192.0.2", "256.0.0.1", "1:2", "2001:db8::1::2", "example.com"})
  void sourceAddressesMustBeIpAddresses(String address) {
    assertRejected(data -> data.put("sourceIPAddress", address), INVALID_DATA, "sourceIPAddress");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "2001:db8::1", "::1", "::ffff:192.0.2.1"})
  void ipv4AndIpv6AddressesAreAccepted(String address) throws Exception {
    validate(data -> data.put("sourceIPAddress", address));
  }

  @Test
  void anotherRecipientAccountIsInvalidRecipient() {
    assertRejected(data -> data.put("recipientAccountId", "999999999999"), INVALID_RECIPIENT, "999999999999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{not json", "[1, 2]", "\"text\"", "{\"version\":\"1\",\"version\":\"2\"}", ""})
  void textThatIsNotOneJsonObjectIsInvalidData(String text) {
    assertThatThrownBy(() -> validator.validate(new AuditEventInput("e1", text, null)))
        .isInstanceOfSatisfying(AuditEventRejectedException.class,
            rejected -> assertThat(rejected.code()).isEqualTo(INVALID_DATA));
  }

  @Test
  void checksumsMustMatchTheExactText() {
    String data = ActivityAuditLogs.eventData("myapp", "Login", "alice", "2025-01-02T03:04:05Z");
    String otherSpacing = data.replace(",", ", ");
    for (String checksum : new String[] {ActivityAuditLogs.checksum(otherSpacing), "not base64!", ""}) {
      assertThatThrownBy(() -> validator.validate(new AuditEventInput("e1", data, checksum)))
          .isInstanceOfSatisfying(AuditEventRejectedException.class,
              rejected -> assertThat(rejected.code()).isEqualTo(INVALID_CHECKSUM));
    }
  }

  private ValidatedEvent validate(Consumer<ObjectNode> change) throws AuditEventRejectedException {
    ObjectNode data = ActivityAuditLogs.eventDataObject("myapp", "Login", "alice", "2025-01-02T03:04:05Z");
    change.accept(data);
    return validator.validate(new AuditEventInput("e1", data.toString(), null));
  }

  private void assertRejected(Consumer<ObjectNode> change, AuditEventErrorCode code, String fragment) {
    assertThatThrownBy(() -> validate(change)).isInstanceOfSatisfying(AuditEventRejectedException.class, rejected -> {
      assertThat(rejected.code()).isEqualTo(code);
      assertThat(rejected.getMessage()).contains(fragment);
    });
  }

  private static void remove(ObjectNode data, String path) {
    parentOf(data, path).remove(last(path));
  }

  private static ObjectNode parentOf(ObjectNode data, String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? data : (ObjectNode) data.get(path.substring(0, dot));
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
