package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** Payloads of EC2 calls: Describe* with EC2's item-set filters, TerminateInstances, AuthorizeSecurityGroupIngress. */
final class Ec2Payloads {

  private static final List<Integer> PORTS = List.of(443, 443, 22, 80, 5432, 3389, 8080);

  private Ec2Payloads() {}

  static Payload describe(CallContext call) {
    SplittableRandom random = call.random();
    Network network = call.resources().network();
    return new Describe(call.operation().eventName(), random.nextInt(3), network, network.instanceIds().pick(random),
        network.securityGroups().pick(random).id(), call.account().role().suffix());
  }

  static Payload terminateInstances(CallContext call) {
    return new Terminate(call.requestId(), call.resources().network().instanceIds().pick(call.random()));
  }

  static Payload authorizeIngress(CallContext call) {
    SplittableRandom random = call.random();
    int port = PORTS.get(random.nextInt(PORTS.size()));
    String cidr = switch (random.nextInt(3)) {
      case 0 -> "0.0.0.0/0";
      case 1 -> call.principal().sourceAddresses().pick(random) + "/32";
      default -> call.resources().network().cidrBlock();
    };
    return new Authorize(call, call.resources().network().securityGroups().pick(random).id(), port, cidr,
        "sgr-" + RandomText.hex(random, 17));
  }

  /** Writes {@code filterSet} with one filter per name/value pair, or {@code {}} when none are given. */
  static void filters(JsonGenerator json, String... namesAndValues) throws IOException {
    json.writeObjectFieldStart("filterSet");
    if (namesAndValues.length > 0) {
      json.writeArrayFieldStart("items");
      for (int i = 0; i < namesAndValues.length; i += 2) {
        json.writeStartObject();
        json.writeStringField("name", namesAndValues[i]);
        JsonParts.singleItem(json, "valueSet", "value", namesAndValues[i + 1]);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** One of the Describe* calls, in one of three request variants. */
  private record Describe(String eventName, int variant, Network network, String instanceId, String groupId,
      String environment) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      switch (eventName) {
        case "DescribeInstances" -> instances(json);
        case "DescribeSecurityGroups" -> securityGroups(json);
        case "DescribeVpcs" -> byVpc(json, "vpcSet", "vpcId");
        case "DescribeSubnets" -> byVpc(json, "subnetSet", "vpc-id");
        default -> volumes(json);
      }
      json.writeEndObject();
    }

    private void instances(JsonGenerator json) throws IOException {
      if (variant == 0) {
        JsonParts.singleItem(json, "instancesSet", "instanceId", instanceId);
        filters(json);
        return;
      }
      JsonParts.emptyObject(json, "instancesSet");
      if (variant == 1) {
        filters(json, "instance-state-name", "running", "tag:Environment", environment);
      } else {
        filters(json);
        json.writeNumberField("maxResults", 1000);
      }
    }

    private void securityGroups(JsonGenerator json) throws IOException {
      JsonParts.emptyObject(json, "securityGroupSet");
      if (variant == 0) {
        JsonParts.singleItem(json, "securityGroupIdSet", "groupId", groupId);
        filters(json);
      } else {
        JsonParts.emptyObject(json, "securityGroupIdSet");
        filters(json, "vpc-id", network.vpcId());
      }
    }

    private void byVpc(JsonGenerator json, String setName, String vpcKey) throws IOException {
      if (variant == 0 && vpcKey.equals("vpcId")) {
        JsonParts.singleItem(json, setName, vpcKey, network.vpcId());
        filters(json);
      } else {
        JsonParts.emptyObject(json, setName);
        filters(json, "vpc-id", network.vpcId());
      }
    }

    private void volumes(JsonGenerator json) throws IOException {
      JsonParts.emptyObject(json, "volumeSet");
      if (variant == 0) {
        filters(json, "attachment.instance-id", instanceId);
      } else {
        filters(json);
        json.writeNumberField("maxResults", 500);
      }
    }
  }

  /** TerminateInstances of one instance. */
  private record Terminate(String requestId, String instanceId) implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      JsonParts.singleItem(json, "instancesSet", "instanceId", instanceId);
      json.writeEndObject();
    }

    @Override
    public void writeResponseElements(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("requestId", requestId);
      json.writeObjectFieldStart("instancesSet");
      json.writeArrayFieldStart("items");
      json.writeStartObject();
      json.writeStringField("instanceId", instanceId);
      state(json, "currentState", 32, "shutting-down");
      state(json, "previousState", 16, "running");
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }

    private static void state(JsonGenerator json, String name, int code, String text) throws IOException {
      json.writeObjectFieldStart(name);
      json.writeNumberField("code", code);
      json.writeStringField("name", text);
      json.writeEndObject();
    }
  }

  /** AuthorizeSecurityGroupIngress of one TCP port from one CIDR. */
  private record Authorize(CallContext call, String groupId, int port, String cidr, String ruleId)
      implements Payload {

    @Override
    public void writeRequestParameters(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("groupId", groupId);
      json.writeObjectFieldStart("ipPermissions");
      json.writeArrayFieldStart("items");
      json.writeStartObject();
      json.writeStringField("ipProtocol", "tcp");
      json.writeNumberField("fromPort", port);
      json.writeNumberField("toPort", port);
      JsonParts.emptyObject(json, "groups");
      JsonParts.singleItem(json, "ipRanges", "cidrIp", cidr);
      JsonParts.emptyObject(json, "ipv6Ranges");
      JsonParts.emptyObject(json, "prefixListIds");
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }

    @Override
    public void writeResponseElements(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("requestId", call.requestId());
      json.writeBooleanField("_return", true);
      json.writeObjectFieldStart("securityGroupRuleSet");
      json.writeArrayFieldStart("items");
      json.writeStartObject();
      json.writeStringField("groupOwnerId", call.accountId());
      json.writeStringField("groupId", groupId);
      json.writeStringField("securityGroupRuleId", ruleId);
      json.writeBooleanField("isEgress", false);
      json.writeStringField("ipProtocol", "tcp");
      json.writeNumberField("fromPort", port);
      json.writeNumberField("toPort", port);
      json.writeStringField("cidrIpv4", cidr);
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }
  }
}
