package dev.eventlake.store.generate;

import java.util.List;

/** The EC2 side of one account and region: a VPC with subnets, security groups, machine images and instances. */
record Network(String vpcId, String cidrBlock, List<Subnet> subnets, Weighted<Resource> securityGroups,
    Weighted<String> imageIds, Weighted<String> instanceIds) {

  /** One subnet of the VPC; {@code ipPrefix} is the first three octets with a trailing dot. */
  record Subnet(String id, String availabilityZone, String ipPrefix) {}
}
