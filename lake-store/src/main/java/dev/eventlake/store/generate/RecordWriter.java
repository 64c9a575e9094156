package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes one CloudTrail record, member by member, in the order CloudTrail itself uses. */
final class RecordWriter {

  private static final String AWS_INTERNAL = "AWS Internal";

  private final JsonFactory factory;
  private final TimeText eventTimes = new TimeText();
  private final IdentityWriter identities = new IdentityWriter();

  RecordWriter(JsonFactory factory) {
    this.factory = factory;
  }

  /** The record as compact JSON text, byte for byte what {@link #write} produces (used for duplicates). */
  String writeToString(EventDraft event) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(2048);
    try (JsonGenerator json = factory.createGenerator(buffer)) {
      write(json, event);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  void write(JsonGenerator json, EventDraft event) throws IOException {
    CallContext call = event.call();
    ApiOperation operation = call.operation();
    boolean serviceEvent = operation.kind() == EventKind.SERVICE_EVENT;
    json.writeStartObject();
    json.writeStringField("eventVersion", operation.eventVersion());
    identities.write(json, call);
    json.writeStringField("eventTime", eventTimes.iso(call.epochSecond()));
    json.writeStringField("eventSource", operation.eventSource());
    json.writeStringField("eventName", operation.eventName());
    json.writeStringField("awsRegion", call.region());
    json.writeStringField("sourceIPAddress", serviceEvent ? AWS_INTERNAL : event.sourceAddress());
    json.writeStringField("userAgent", serviceEvent ? AWS_INTERNAL : userAgent(call));
    if (event.errorMessage() != null) {
      if (event.errorCode() != null) {
        json.writeStringField("errorCode", event.errorCode());
      }
      json.writeStringField("errorMessage", event.errorMessage());
    }
    writePayload(json, event);
    writeClassification(json, event, operation);
    if (!serviceEvent && call.agent().sendsTlsDetails()) {
      writeTlsDetails(json, event);
    }
    if (call.agent().console() && operation.kind() == EventKind.MANAGEMENT) {
      json.writeStringField("sessionCredentialFromConsole", "true");
    }
    json.writeEndObject();
  }

  private void writePayload(JsonGenerator json, EventDraft event) throws IOException {
    Payload payload = event.payload();
    json.writeFieldName("requestParameters");
    payload.writeRequestParameters(json);
    json.writeFieldName("responseElements");
    if (event.failed()) {
      payload.writeFailureResponseElements(json);
    } else {
      payload.writeResponseElements(json);
    }
    payload.writeAdditionalEventData(json);
    if (event.call().requestId() != null) {
      json.writeStringField("requestID", event.call().requestId());
    }
    json.writeStringField("eventID", event.eventId());
    json.writeBooleanField("readOnly", event.call().operation().readOnly());
    payload.writeResources(json);
  }

  private void writeClassification(JsonGenerator json, EventDraft event, ApiOperation operation) throws IOException {
    CallContext call = event.call();
    json.writeStringField("eventType", operation.kind().eventType());
    if (operation.apiVersion() != null) {
      json.writeStringField("apiVersion", operation.apiVersion());
    }
    json.writeBooleanField("managementEvent", operation.kind().management());
    json.writeStringField("recipientAccountId", call.accountId());
    event.payload().writeServiceEventDetails(json);
    if (event.sourceAddress().startsWith("10.") && operation.kind() != EventKind.SERVICE_EVENT) {
      json.writeStringField("vpcEndpointId", call.account().vpcEndpointId());
      if (!operation.eventVersion().equals("1.08")) {
        json.writeStringField("vpcEndpointAccountId", call.accountId());
      }
    }
    json.writeStringField("eventCategory", operation.kind().category());
  }

  private void writeTlsDetails(JsonGenerator json, EventDraft event) throws IOException {
    CallContext call = event.call();
    String host = event.payload().hostHeader();
    json.writeObjectFieldStart("tlsDetails");
    json.writeStringField("tlsVersion", call.agent().tlsVersion());
    json.writeStringField("cipherSuite", call.agent().cipherSuite());
    json.writeStringField("clientProvidedHostHeader",
        host != null ? host : call.operation().hostHeaders().get(call.resources().regionIndex()));
    json.writeEndObject();
  }

  private static String userAgent(CallContext call) {
    UserAgent agent = call.agent();
    return agent.channel() == UserAgent.Channel.CLI ? agent.text() + call.operation().cliCommand() : agent.text();
  }
}
