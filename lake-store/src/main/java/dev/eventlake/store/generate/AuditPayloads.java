package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** Payloads of sign-in and CloudTrail calls: ConsoleLogin, trail reads, LookupEvents, StopLogging, DeleteTrail. */
final class AuditPayloads {

  private static final List<String> LOOKUP_NAMES = List.of("ConsoleLogin", "RunInstances", "CreateAccessKey",
      "DeleteBucket", "AssumeRole");

  private AuditPayloads() {}

  static Payload consoleLogin(CallContext call) {
    Principal principal = call.principal();
    boolean mfa = principal.kind() != IdentityKind.ASSUMED_ROLE && principal.mfa();
    return new ConsoleLogin(mfa, RandomText.hex(call.random(), 16));
  }

  static Payload describeTrails(CallContext call) {
    return new DescribeTrails();
  }

  static Payload trailByName(CallContext call) {
    String trailArn = call.account().trailArn();
    return FieldsPayload.of("name", trailArn).withResource(call.accountId(), "AWS::CloudTrail::Trail", trailArn);
  }

  static Payload lookupEvents(CallContext call) {
    SplittableRandom random = call.random();
    return new LookupEvents(call.epochSecond(), LOOKUP_NAMES.get(random.nextInt(LOOKUP_NAMES.size())));
  }

  /** ConsoleLogin: the outcome in responseElements and the MFA flag in additionalEventData. */
  private record ConsoleLogin(boolean mfaUsed, String state) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeNull();
    }

    @Override
    public void writeResponseElements(JsonGenerator json) throws IOException {
      outcome(json, "Success");
    }

    @Override
    public void writeFailureResponseElements(JsonGenerator json) throws IOException {
      outcome(json, "Failure");
    }

    private static void outcome(JsonGenerator json, String value) throws IOException {
      json.writeStartObject();
      json.writeStringField("ConsoleLogin", value);
      json.writeEndObject();
    }

    @Override
    public void writeAdditionalEventData(JsonGenerator json) throws IOException {
      json.writeObjectFieldStart("additionalEventData");
      json.writeStringField("LoginTo", "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true"
          + "&state=hashArgsFromTB_us-east-1_" + state);
      json.writeStringField("MobileVersion", "No");
      json.writeStringField("MFAUsed", mfaUsed ? "Yes" : "No");
      json.writeEndObject();
    }
  }

  /** DescribeTrails with an empty name list, as the console and scanners send it. */
  private record DescribeTrails() implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeArrayFieldStart("trailNameList");
      json.writeEndArray();
      json.writeBooleanField("includeShadowTrails", true);
      json.writeEndObject();
    }
  }

  /** LookupEvents over the last day for one event name. */
  private record LookupEvents(long epochSecond, String eventName) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("startTime", TimeText.display(epochSecond - 86_400));
      json.writeStringField("endTime", TimeText.display(epochSecond));
      json.writeArrayFieldStart("lookupAttributes");
      json.writeStartObject();
      json.writeStringField("attributeKey", "EventName");
      json.writeStringField("attributeValue", eventName);
      json.writeEndObject();
      json.writeEndArray();
      json.writeNumberField("maxResults", 50);
      json.writeEndObject();
    }
  }
}
