package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Payloads of KMS calls: Decrypt and GenerateDataKey with the encryption context of the service that asks (S3,
 * Secrets Manager, SSM, Lambda, CloudTrail, DynamoDB), and the RotateKey service event.
 */
final class KmsPayloads {

  private KmsPayloads() {}

  static Payload decrypt(CallContext call) {
    return new KeyUse(call, call.resources().keys().pick(call.random()), false, context(call));
  }

  static Payload generateDataKey(CallContext call) {
    return new KeyUse(call, call.resources().keys().pick(call.random()), true, context(call));
  }

  static Payload rotateKey(CallContext call) {
    return new Rotation(call, call.resources().keys().pick(call.random()));
  }

  /** The encryption context entries (name, value, ...) the calling service would use. */
  private static String[] context(CallContext call) {
    SplittableRandom random = call.random();
    RegionResources resources = call.resources();
    String service = call.principal().invokedBy() != null ? call.principal().invokedBy()
        : random.nextBoolean() ? "s3.amazonaws.com" : "dynamodb.amazonaws.com";
    return switch (service) {
      case "secretsmanager.amazonaws.com" -> new String[] {"SecretARN", resources.secrets().pick(random).arn(),
          "SecretVersionId", RandomText.uuid(random).toUpperCase(Locale.ROOT)};
      case "ssm.amazonaws.com" -> new String[] {"PARAMETER_ARN", resources.parameters().pick(random).arn()};
      case "lambda.amazonaws.com" -> new String[] {"aws:lambda:FunctionArn", resources.functions().pick(random).arn()};
      case "cloudtrail.amazonaws.com" -> new String[] {"aws:cloudtrail:arn", call.account().trailArn()};
      case "dynamodb.amazonaws.com" -> new String[] {"aws:dynamodb:tableName",
          resources.tables().pick(random).name(), "aws:dynamodb:subscriberId", call.accountId()};
      default -> {
        Bucket bucket = resources.buckets().pick(random);
        yield new String[] {"aws:s3:arn", bucket.arn() + "/" + bucket.pickKey(random)};
      }
    };
  }

  /** Decrypt or GenerateDataKey with one key and encryption context. */
  private record KeyUse(CallContext call, Resource key, boolean generate, String[] context) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      if (generate) {
        json.writeStringField("keyId", key.name().startsWith("alias/aws/") ? key.name() : key.arn());
      }
      json.writeObjectFieldStart("encryptionContext");
      for (int i = 0; i < context.length; i += 2) {
        json.writeStringField(context[i], context[i + 1]);
      }
      json.writeEndObject();
      if (generate) {
        json.writeStringField("keySpec", "AES_256");
      } else {
        json.writeStringField("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
      }
      json.writeEndObject();
    }

    @Override
    public void writeResources(JsonGenerator json) throws IOException {
      JsonParts.singleResource(json, call.accountId(), "AWS::KMS::Key", key.arn());
    }
  }

  /** Automatic yearly key rotation, recorded as an AWS service event. */
  private record Rotation(CallContext call, Resource key) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeNull();
    }

    @Override
    public void writeResources(JsonGenerator json) throws IOException {
      JsonParts.singleResource(json, call.accountId(), "AWS::KMS::Key", key.arn());
    }

    @Override
    public void writeServiceEventDetails(JsonGenerator json) throws IOException {
      json.writeObjectFieldStart("serviceEventDetails");
      json.writeStringField("keyId", key.id());
      json.writeEndObject();
    }
  }
}
