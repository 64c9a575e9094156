package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Small JSON fragments several payloads share: resources entries, S3 transfer details, EC2 item lists. */
final class JsonParts {

  private JsonParts() {}

  /** A {@code resources} member with one entry. */
  static void singleResource(JsonGenerator json, String accountId, String type, String arn) throws IOException {
    json.writeArrayFieldStart("resources");
    resource(json, accountId, type, arn);
    json.writeEndArray();
  }

  /** One {@code resources} entry; {@code accountId} may be null (S3 objects carry none). */
  static void resource(JsonGenerator json, String accountId, String type, String arn) throws IOException {
    json.writeStartObject();
    if (accountId != null) {
      json.writeStringField("accountId", accountId);
    }
    json.writeStringField("type", type);
    json.writeStringField("ARN", arn);
    json.writeEndObject();
  }

  /** S3's {@code additionalEventData}: signature, cipher, bytes transferred and the x-amz-id-2 host ID. */
  static void s3Transfer(JsonGenerator json, String cipherSuite, long bytesIn, long bytesOut, String hostId,
      boolean sseApplied) throws IOException {
    json.writeObjectFieldStart("additionalEventData");
    json.writeStringField("SignatureVersion", "SigV4");
    json.writeStringField("CipherSuite", cipherSuite);
    json.writeNumberField("bytesTransferredIn", bytesIn);
    if (sseApplied) {
      json.writeStringField("SSEApplied", "Default_SSE_S3");
    }
    json.writeStringField("AuthenticationMethod", "AuthHeader");
    json.writeStringField("x-amz-id-2", hostId);
    json.writeNumberField("bytesTransferredOut", bytesOut);
    json.writeEndObject();
  }

  /** EC2's {@code "<name>": {"items": [{"<key>": "<value>"}]}} wrapper around a single item. */
  static void singleItem(JsonGenerator json, String name, String key, String value) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeArrayFieldStart("items");
    json.writeStartObject();
    json.writeStringField(key, value);
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** An empty object member, as EC2 writes unused sets ({@code "instancesSet": {}}). */
  static void emptyObject(JsonGenerator json, String name) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeEndObject();
  }

  /** A host ID as S3 returns it in {@code x-amz-id-2}. */
  static String s3HostId(CallContext call) {
    return RandomText.base64(call.random(), 76) + "=";
  }
}
