package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one item of a RunInstances {@code responseElements.instancesSet}: a pending instance in full detail. */
record RunInstancesResponse(RunInstancesPayload launch, RunInstancesPayload.LaunchedInstance instance, int index) {

  void write(JsonGenerator json) throws IOException {
    String region = launch.call().region();
    String dnsName = "ip-" + instance.privateAddress().replace('.', '-') + "." + region + ".compute.internal";
    json.writeStartObject();
    json.writeStringField("instanceId", instance.instanceId());
    json.writeStringField("imageId", launch.imageId());
    json.writeStringField("currentInstanceBootMode", "legacy-bios");
    codeAndName(json, "instanceState", 0, "pending");
    json.writeStringField("privateDnsName", dnsName);
    json.writeNumberField("amiLaunchIndex", index);
    JsonParts.emptyObject(json, "productCodes");
    json.writeStringField("instanceType", launch.instanceType());
    json.writeNumberField("launchTime", launch.call().epochSecond() * 1000);
    json.writeObjectFieldStart("placement");
    json.writeStringField("availabilityZone", launch.subnet().availabilityZone());
    json.writeStringField("tenancy", "default");
    json.writeEndObject();
    json.writeObjectFieldStart("monitoring");
    json.writeStringField("state", "disabled");
    json.writeEndObject();
    json.writeStringField("subnetId", launch.subnet().id());
    json.writeStringField("vpcId", launch.call().resources().network().vpcId());
    json.writeStringField("privateIpAddress", instance.privateAddress());
    json.writeObjectFieldStart("stateReason");
    json.writeStringField("code", "pending");
    json.writeStringField("message", "pending");
    json.writeEndObject();
    json.writeStringField("architecture", launch.instanceType().startsWith("m7g") ? "arm64" : "x86_64");
    json.writeStringField("rootDeviceType", "ebs");
    json.writeStringField("rootDeviceName", "/dev/xvda");
    JsonParts.emptyObject(json, "blockDeviceMapping");
    json.writeStringField("virtualizationType", "hvm");
    json.writeStringField("hypervisor", "xen");
    json.writeStringField("clientToken", launch.clientToken());
    groupSet(json);
    json.writeBooleanField("sourceDestCheck", true);
    networkInterfaces(json, dnsName);
    options(json);
    json.writeEndObject();
  }

  private void groupSet(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("groupSet");
    json.writeArrayFieldStart("items");
    json.writeStartObject();
    json.writeStringField("groupId", launch.group().id());
    json.writeStringField("groupName", launch.group().name());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private void networkInterfaces(JsonGenerator json, String dnsName) throws IOException {
    json.writeObjectFieldStart("networkInterfaceSet");
    json.writeArrayFieldStart("items");
    json.writeStartObject();
    json.writeStringField("networkInterfaceId", instance.interfaceId());
    json.writeStringField("subnetId", launch.subnet().id());
    json.writeStringField("vpcId", launch.call().resources().network().vpcId());
    json.writeStringField("ownerId", launch.call().accountId());
    json.writeStringField("status", "in-use");
    json.writeStringField("macAddress", instance.macAddress());
    json.writeStringField("privateIpAddress", instance.privateAddress());
    json.writeStringField("privateDnsName", dnsName);
    json.writeBooleanField("sourceDestCheck", true);
    json.writeStringField("interfaceType", "interface");
    groupSet(json);
    json.writeObjectFieldStart("attachment");
    json.writeStringField("attachmentId", instance.attachmentId());
    json.writeNumberField("deviceIndex", 0);
    json.writeNumberField("networkCardIndex", 0);
    json.writeStringField("status", "attaching");
    json.writeNumberField("attachTime", launch.call().epochSecond() * 1000);
    json.writeBooleanField("deleteOnTermination", true);
    json.writeEndObject();
    json.writeObjectFieldStart("privateIpAddressesSet");
    json.writeArrayFieldStart("item");
    json.writeStartObject();
    json.writeStringField("privateIpAddress", instance.privateAddress());
    json.writeStringField("privateDnsName", dnsName);
    json.writeBooleanField("primary", true);
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    JsonParts.emptyObject(json, "ipv6AddressesSet");
    JsonParts.emptyObject(json, "tagSet");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private void options(JsonGenerator json) throws IOException {
    json.writeBooleanField("ebsOptimized", false);
    json.writeBooleanField("enaSupport", true);
    json.writeObjectFieldStart("cpuOptions");
    json.writeNumberField("coreCount", launch.instanceType().endsWith("xlarge") ? 2 : 1);
    json.writeNumberField("threadsPerCore", 2);
    json.writeEndObject();
    json.writeObjectFieldStart("capacityReservationSpecification");
    json.writeStringField("capacityReservationPreference", "open");
    json.writeEndObject();
    json.writeObjectFieldStart("enclaveOptions");
    json.writeBooleanField("enabled", false);
    json.writeEndObject();
    json.writeObjectFieldStart("metadataOptions");
    json.writeStringField("state", "pending");
    json.writeStringField("httpTokens", "required");
    json.writeNumberField("httpPutResponseHopLimit", 2);
    json.writeStringField("httpEndpoint", "enabled");
    json.writeStringField("httpProtocolIpv4", "enabled");
    json.writeStringField("httpProtocolIpv6", "disabled");
    json.writeStringField("instanceMetadataTags", "disabled");
    json.writeEndObject();
    json.writeObjectFieldStart("maintenanceOptions");
    json.writeStringField("autoRecovery", "default");
    json.writeEndObject();
  }

  private static void codeAndName(JsonGenerator json, String field, int code, String name) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("code", code);
    json.writeStringField("name", name);
    json.writeEndObject();
  }
}
