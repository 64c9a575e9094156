package dev.eventlake.store.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Creates the resources of one account and region from the name tables and a seeded random source. */
final class ResourceFactory {

  private final SplittableRandom random;

  ResourceFactory(SplittableRandom random) {
    this.random = random;
  }

  RegionResources create(String accountId, AccountRole role, int regionIndex) {
    String region = Regions.NAMES.get(regionIndex);
    String prefix = "arn:aws:%s:" + region + ":" + accountId + ":";
    return new RegionResources(regionIndex, region, accountId, buckets(role, region),
        named(Names.functions(role), name -> String.format(prefix, "lambda") + "function:" + name),
        named(Names.tables(role), name -> String.format(prefix, "dynamodb") + "table/" + name),
        keys(String.format(prefix, "kms")),
        named(Names.secrets(role), name -> String.format(prefix, "secretsmanager") + "secret:" + name + "-"
            + RandomText.of(random, RandomText.ALPHANUMERIC, 6)),
        named(Names.parameters(role), name -> String.format(prefix, "ssm") + "parameter" + name),
        network(region));
  }

  private Weighted<Bucket> buckets(AccountRole role, String region) {
    List<Bucket> buckets = new ArrayList<>();
    for (BucketPurpose purpose : BucketPurpose.forRole(role)) {
      String name = Names.COMPANY + "-" + role.suffix() + "-" + purpose.label() + "-"
          + RandomText.of(random, RandomText.LOWER_ALPHANUMERIC, 6);
      List<String> hotKeys = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        hotKeys.add(purpose.prefixes().get(random.nextInt(purpose.prefixes().size())) + RandomText.hex(random, 12)
            + purpose.extension());
      }
      buckets.add(new Bucket(name, "arn:aws:s3:::" + name, name + ".s3." + region + ".amazonaws.com",
          purpose.prefixes(), purpose.extension(), Weighted.zipf(hotKeys, 1.0), random.nextBoolean()));
    }
    return Weighted.zipf(buckets, 1.2);
  }

  private Weighted<Resource> named(List<String> names, java.util.function.UnaryOperator<String> arn) {
    List<Resource> resources = new ArrayList<>();
    for (String name : names) {
      resources.add(new Resource(name, name, arn.apply(name)));
    }
    return Weighted.zipf(resources, 1.0);
  }

  private Weighted<Resource> keys(String arnPrefix) {
    List<Resource> keys = new ArrayList<>();
    for (String alias : List.of("alias/app-data", "alias/aws/s3", "alias/aws/secretsmanager", "alias/backups")) {
      String id = RandomText.uuid(random);
      keys.add(new Resource(id, alias, arnPrefix + "key/" + id));
    }
    return Weighted.zipf(keys, 1.0);
  }

  private Network network(String region) {
    int second = 16 + random.nextInt(200);
    List<Network.Subnet> subnets = new ArrayList<>();
    for (String zone : List.of("a", "b", "c")) {
      subnets.add(new Network.Subnet("subnet-" + RandomText.hex(random, 17), region + zone,
          "10." + second + "." + (subnets.size() * 16 + 1 + random.nextInt(15)) + "."));
    }
    List<Resource> groups = new ArrayList<>();
    for (String name : Names.SECURITY_GROUPS) {
      groups.add(new Resource("sg-" + RandomText.hex(random, 17), name, null));
    }
    List<String> images = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      images.add("ami-" + RandomText.hex(random, 17));
    }
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      instances.add("i-" + RandomText.hex(random, 17));
    }
    return new Network("vpc-" + RandomText.hex(random, 17), "10." + second + ".0.0/16", subnets,
        Weighted.zipf(groups, 0.8), Weighted.zipf(images, 1.0), Weighted.zipf(instances, 0.9));
  }
}
