package dev.eventlake.store.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.AdvancedFieldSelector;
import dev.eventlake.store.storage.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** ActivityAuditLog fixtures: store requests and PutAuditEvents payloads, shared with the query-engine tests. */
public final class ActivityAuditLogs {
  /** The account of {@code LakeConfig.defaults}, which events must name as recipientAccountId. */
  public static final String ACCOUNT = "123456789012";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ActivityAuditLogs() {}

  /** A store of ActivityAuditLog events without termination protection, so tests may delete it. */
  public static CreateStoreRequest storeRequest(String name) {
    return new CreateStoreRequest(name, List.of(new AdvancedEventSelector("Integration events",
        List.of(AdvancedFieldSelector.equalTo("eventCategory", "ActivityAuditLog")))), null, null, null, false, null,
        null, null, null);
  }

  /** A complete, valid eventData object with every optional member set. */
  public static ObjectNode eventDataObject(String eventSource, String eventName, String principalId,
      String eventTime) {
    ObjectNode data = MAPPER.createObjectNode();
    data.put("version", "1.0");
    ObjectNode identity = data.putObject("userIdentity");
    identity.put("type", "User");
    identity.put("principalId", principalId);
    identity.putObject("details").put("team", "payments").put("level", 3);
    data.put("userAgent", "myapp/2.1");
    data.put("eventSource", eventSource);
    data.put("eventName", eventName);
    data.put("eventTime", eventTime);
    data.put("UID", "request-" + eventName + "-" + principalId);
    data.putObject("requestParameters").put("bucket", "reports").putObject("filter").put("year", 2025);
    data.putObject("responseElements").put("status", "ok");
    data.put("sourceIPAddress", "192.0.2.10");
    data.put("recipientAccountId", ACCOUNT);
    data.putObject("additionalEventData").put("sessionLength", 42);
    return data;
  }

  /** {@link #eventDataObject} as text. */
  public static String eventData(String eventSource, String eventName, String principalId, String eventTime) {
    return eventDataObject(eventSource, eventName, principalId, eventTime).toString();
  }

  /** The eventDataChecksum of {@code eventData}: base64 of its SHA-256. */
  public static String checksum(String eventData) {
    return Base64.getEncoder().encodeToString(Hashing.newDigest().digest(eventData.getBytes(StandardCharsets.UTF_8)));
  }
}
