package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** Payloads of IAM calls: reads of users and roles, CreateUser, CreateAccessKey, AttachRolePolicy. */
final class IamPayloads {

  private static final List<String> NEW_USERS = List.of("svc-reporting", "svc-backup", "contractor",
      "temp-admin", "datadog-integration", "snowflake-loader");

  private IamPayloads() {}

  static Payload user(CallContext call) {
    return FieldsPayload.of("userName", call.account().userNames().pick(call.random()));
  }

  static Payload role(CallContext call) {
    return FieldsPayload.of("roleName", call.account().roleNames().pick(call.random()));
  }

  static Payload attachRolePolicy(CallContext call) {
    SplittableRandom random = call.random();
    return FieldsPayload.of("roleName", call.account().roleNames().pick(random),
        "policyArn", Names.MANAGED_POLICIES.get(random.nextInt(Names.MANAGED_POLICIES.size())));
  }

  static Payload createUser(CallContext call) {
    SplittableRandom random = call.random();
    String name = NEW_USERS.get(random.nextInt(NEW_USERS.size())) + "-" + (10 + random.nextInt(90));
    return new NewUser(call, name, RandomText.awsId(random, "AIDA", call.account().keyInfix(), 21));
  }

  static Payload createAccessKey(CallContext call) {
    SplittableRandom random = call.random();
    return new NewAccessKey(call, call.account().userNames().pick(random),
        RandomText.awsId(random, "AKIA", call.account().keyInfix(), 20));
  }

  /** CreateUser with a team tag; the response echoes the new user. */
  private record NewUser(CallContext call, String userName, String userId) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("userName", userName);
      json.writeStringField("path", "/");
      tags(json);
      json.writeEndObject();
    }

    @Override
    public void writeResponseElements(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeObjectFieldStart("user");
      json.writeStringField("path", "/");
      json.writeStringField("userName", userName);
      json.writeStringField("userId", userId);
      json.writeStringField("arn", "arn:aws:iam::" + call.accountId() + ":user/" + userName);
      json.writeStringField("createDate", TimeText.display(call.epochSecond()));
      tags(json);
      json.writeEndObject();
      json.writeEndObject();
    }

    private void tags(JsonGenerator json) throws IOException {
      json.writeArrayFieldStart("tags");
      json.writeStartObject();
      json.writeStringField("key", "team");
      json.writeStringField("value", userName.startsWith("svc-") ? "platform" : "security");
      json.writeEndObject();
      json.writeEndArray();
    }
  }

  /** CreateAccessKey for an existing user; the response carries the new key ID (never the secret). */
  private record NewAccessKey(CallContext call, String userName, String accessKeyId) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("userName", userName);
      json.writeEndObject();
    }

    @Override
    public void writeResponseElements(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeObjectFieldStart("accessKey");
      json.writeStringField("userName", userName);
      json.writeStringField("accessKeyId", accessKeyId);
      json.writeStringField("status", "Active");
      json.writeStringField("createDate", TimeText.display(call.epochSecond()));
      json.writeEndObject();
      json.writeEndObject();
    }
  }
}
