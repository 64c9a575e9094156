package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * RunInstances: a launch request with instancesSet, block devices, security groups, metadata options and a
 * tagSpecificationSet, answered by a reservation listing every launched instance with its network interface.
 */
record RunInstancesPayload(CallContext call, String imageId, String instanceType, Network.Subnet subnet,
    Resource group, String clientToken, String reservationId, List<LaunchedInstance> instances, String nameTag)
    implements Payload {

  private static final List<String> TYPES = List.of("t3.micro", "t3.medium", "m6i.large", "c6i.xlarge", "m7g.large");
  private static final List<String> TEAMS = List.of("platform", "checkout", "data", "search");

  /** One launched instance: its ID, private address, interface and attachment IDs and MAC address. */
  record LaunchedInstance(String instanceId, String privateAddress, String interfaceId, String attachmentId,
      String macAddress) {}

  static Payload create(CallContext call) {
    SplittableRandom random = call.random();
    Network network = call.resources().network();
    Network.Subnet subnet = network.subnets().get(random.nextInt(network.subnets().size()));
    int count = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 1;
    List<LaunchedInstance> instances = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      instances.add(new LaunchedInstance("i-" + RandomText.hex(random, 17), subnet.ipPrefix() + (4 + random.nextInt(250)),
          "eni-" + RandomText.hex(random, 17), "eni-attach-" + RandomText.hex(random, 17),
          "0e:" + RandomText.hex(random, 2) + ":" + RandomText.hex(random, 2) + ":" + RandomText.hex(random, 2) + ":"
              + RandomText.hex(random, 2) + ":" + RandomText.hex(random, 2)));
    }
    return new RunInstancesPayload(call, network.imageIds().pick(random), TYPES.get(random.nextInt(TYPES.size())),
        subnet, network.securityGroups().pick(random), RandomText.uuid(random), "r-" + RandomText.hex(random, 17),
        instances, TEAMS.get(random.nextInt(TEAMS.size())) + "-worker-" + random.nextInt(100));
  }

  @Override
  public void writeRequestParameters(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("instancesSet");
    json.writeArrayFieldStart("items");
    json.writeStartObject();
    json.writeStringField("imageId", imageId);
    json.writeNumberField("minCount", instances.size());
    json.writeNumberField("maxCount", instances.size());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeStringField("instanceType", instanceType);
    blockDevices(json);
    json.writeObjectFieldStart("monitoring");
    json.writeBooleanField("enabled", false);
    json.writeEndObject();
    json.writeStringField("subnetId", subnet.id());
    json.writeBooleanField("disableApiTermination", false);
    json.writeBooleanField("disableApiStop", false);
    json.writeStringField("clientToken", clientToken);
    JsonParts.singleItem(json, "groupSet", "groupId", group.id());
    json.writeObjectFieldStart("iamInstanceProfile");
    json.writeStringField("name", "app-instance-profile");
    json.writeEndObject();
    tagSpecifications(json);
    json.writeEndObject();
  }

  private void blockDevices(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("blockDeviceMapping");
    json.writeArrayFieldStart("items");
    json.writeStartObject();
    json.writeStringField("deviceName", "/dev/xvda");
    json.writeObjectFieldStart("ebs");
    json.writeNumberField("volumeSize", 30);
    json.writeBooleanField("deleteOnTermination", true);
    json.writeStringField("volumeType", "gp3");
    json.writeBooleanField("encrypted", true);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private void tagSpecifications(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("tagSpecificationSet");
    json.writeArrayFieldStart("items");
    json.writeStartObject();
    json.writeStringField("resourceType", "instance");
    json.writeArrayFieldStart("tags");
    tags(json);
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private void tags(JsonGenerator json) throws IOException {
    for (String[] tag : List.of(new String[] {"Name", nameTag},
        new String[] {"Environment", call.account().role().suffix()}, new String[] {"ManagedBy", "terraform"})) {
      json.writeStartObject();
      json.writeStringField("key", tag[0]);
      json.writeStringField("value", tag[1]);
      json.writeEndObject();
    }
  }

  @Override
  public void writeResponseElements(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("requestId", call.requestId());
    json.writeStringField("reservationId", reservationId);
    json.writeStringField("ownerId", call.accountId());
    JsonParts.emptyObject(json, "groupSet");
    json.writeObjectFieldStart("instancesSet");
    json.writeArrayFieldStart("items");
    for (int index = 0; index < instances.size(); index++) {
      new RunInstancesResponse(this, instances.get(index), index).write(json);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }
}
