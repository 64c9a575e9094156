package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Payloads of Lambda, DynamoDB, Secrets Manager and SSM Parameter Store calls. */
final class ServerlessPayloads {

  private static final List<String> ITEM_ATTRIBUTES = List.of("pk", "sk", "status", "total", "updatedAt");

  private ServerlessPayloads() {}

  static Payload invoke(CallContext call) {
    Resource function = call.resources().functions().pick(call.random());
    return new Invoke(call, function, call.random().nextInt(3) == 0 ? "Event" : "RequestResponse");
  }

  static Payload function(CallContext call) {
    return FieldsPayload.of("functionName", call.resources().functions().pick(call.random()).name());
  }

  static Payload updateFunctionCode(CallContext call) {
    SplittableRandom random = call.random();
    Resource function = call.resources().functions().pick(random);
    Bucket bucket = call.resources().buckets().pick(random);
    return FieldsPayload.of("functionName", function.name(), "s3Bucket", bucket.name(),
        "s3Key", "builds/" + function.name() + "/" + RandomText.hex(random, 12) + ".zip", "publish", true,
        "dryRun", false).withResource(call.accountId(), "AWS::Lambda::Function", function.arn());
  }

  static Payload secretValue(CallContext call) {
    Resource secret = call.resources().secrets().pick(call.random());
    return FieldsPayload.of("secretId", call.random().nextBoolean() ? secret.arn() : secret.name());
  }

  static Payload parameter(CallContext call) {
    return FieldsPayload.of("name", call.resources().parameters().pick(call.random()).name(), "withDecryption", true);
  }

  static Payload getItem(CallContext call) {
    return item(call, "consistentRead", false);
  }

  static Payload putItem(CallContext call) {
    return item(call, "conditionExpression", "attribute_not_exists(pk)");
  }

  static Payload query(CallContext call) {
    Resource table = call.resources().tables().pick(call.random());
    return FieldsPayload.of("tableName", table.name(), "keyConditionExpression", "pk = :pk", "limit", 25,
        "scanIndexForward", false, "consistentRead", false)
        .withResource(call.accountId(), "AWS::DynamoDB::Table", table.arn());
  }

  private static Payload item(CallContext call, String optionName, Object optionValue) {
    SplittableRandom random = call.random();
    Resource table = call.resources().tables().pick(random);
    String entity = table.name().split("-")[0].toUpperCase(Locale.ROOT);
    return new Item(call, table, entity + "#" + RandomText.digits(random, 7), optionName, optionValue);
  }

  /** Lambda Invoke data event. */
  private record Invoke(CallContext call, Resource function, String invocationType) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("functionName", function.arn());
      json.writeStringField("invocationType", invocationType);
      json.writeEndObject();
    }

    @Override
    public void writeAdditionalEventData(JsonGenerator json) throws IOException {
      json.writeObjectFieldStart("additionalEventData");
      json.writeStringField("functionVersion", function.arn() + ":$LATEST");
      json.writeEndObject();
    }

    @Override
    public void writeResources(JsonGenerator json) throws IOException {
      JsonParts.singleResource(json, call.accountId(), "AWS::Lambda::Function", function.arn());
    }
  }

  /** DynamoDB GetItem or PutItem on one key. */
  private record Item(CallContext call, Resource table, String partitionKey, String optionName, Object optionValue)
      implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("tableName", table.name());
      json.writeObjectFieldStart("key");
      json.writeStringField("pk", partitionKey);
      json.writeStringField("sk", "METADATA");
      json.writeEndObject();
      if (optionValue instanceof Boolean flag) {
        json.writeBooleanField(optionName, flag);
      } else {
        json.writeArrayFieldStart("item");
        for (String attribute : ITEM_ATTRIBUTES) {
          json.writeString(attribute);
        }
        json.writeEndArray();
        json.writeStringField(optionName, optionValue.toString());
      }
      json.writeEndObject();
    }

    @Override
    public void writeResources(JsonGenerator json) throws IOException {
      JsonParts.singleResource(json, call.accountId(), "AWS::DynamoDB::Table", table.arn());
    }
  }
}
