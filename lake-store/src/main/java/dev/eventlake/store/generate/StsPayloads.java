package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;

/** Payload of STS AssumeRole: role and session requested, temporary credentials and assumed-role user returned. */
final class StsPayloads {

  private StsPayloads() {}

  static Payload assumeRole(CallContext call) {
    SplittableRandom random = call.random();
    Account account = call.account();
    String roleName = account.roleNames().pick(random);
    String session = sessionName(call.principal(), random);
    String roleId = RandomText.awsId(new SplittableRandom(RandomText.mix(account.id().hashCode() * 31L
        + roleName.hashCode())), "AROA", account.keyInfix(), 21);
    return new AssumeRole(call, "arn:aws:iam::" + account.id() + ":role/" + roleName, roleName, session, roleId,
        RandomText.awsId(random, "ASIA", account.keyInfix(), 20), "IQoJb3JpZ2luX2VjE" + RandomText.base64(random, 560));
  }

  private static String sessionName(Principal principal, SplittableRandom random) {
    if (principal.invokedBy() == null) {
      return principal.userName() != null ? principal.userName()
          : principal.session() != null ? principal.session().sessionName() : "root-session";
    }
    return switch (principal.invokedBy()) {
      case "lambda.amazonaws.com" -> "awslambda_" + random.nextInt(1000) + "_" + RandomText.digits(random, 17);
      case "ssm.amazonaws.com", "ec2.amazonaws.com" -> "i-" + RandomText.hex(random, 17);
      case "config.amazonaws.com" -> "AWSConfig-Describe";
      default -> RandomText.hex(random, 32);
    };
  }

  /** One AssumeRole call with its issued credentials. */
  private record AssumeRole(CallContext call, String roleArn, String roleName, String sessionName, String roleId,
      String accessKeyId, String sessionToken) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("roleArn", roleArn);
      json.writeStringField("roleSessionName", sessionName);
      json.writeNumberField("durationSeconds", 3600);
      json.writeEndObject();
    }

    @Override
    public void writeResponseElements(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeObjectFieldStart("credentials");
      json.writeStringField("accessKeyId", accessKeyId);
      json.writeStringField("sessionToken", sessionToken);
      json.writeStringField("expiration", TimeText.display(call.epochSecond() + 3600));
      json.writeEndObject();
      json.writeObjectFieldStart("assumedRoleUser");
      json.writeStringField("assumedRoleId", roleId + ":" + sessionName);
      json.writeStringField("arn", "arn:aws:sts::" + call.accountId() + ":assumed-role/" + roleName + "/" + sessionName);
      json.writeEndObject();
      json.writeEndObject();
    }

    @Override
    public void writeResources(JsonGenerator json) throws IOException {
      JsonParts.singleResource(json, call.accountId(), "AWS::IAM::Role", roleArn);
    }
  }
}
