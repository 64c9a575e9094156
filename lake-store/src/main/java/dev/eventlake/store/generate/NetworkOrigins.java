package dev.eventlake.store.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Source IP addresses, skewed the way real trails are: shared office egress IPs, a home IP or two per person, NAT
 * gateway and private VPC addresses for applications, a wide pool for CI runners, service names for AWS services.
 */
final class NetworkOrigins {

  private static final List<Integer> AWS_OCTETS = List.of(3, 13, 18, 34, 35, 44, 52, 54);
  private static final List<Integer> ISP_OCTETS =
      List.of(24, 50, 68, 71, 73, 76, 81, 82, 86, 92, 98, 109, 151, 176, 188, 203, 217);
  private static final List<Integer> CLOUD_RUNNER_OCTETS = List.of(4, 13, 20, 40, 52, 104);

  private final SplittableRandom random;
  private final List<String> offices;

  NetworkOrigins(SplittableRandom random) {
    this.random = random;
    this.offices = List.of(publicAddress(ISP_OCTETS), publicAddress(ISP_OCTETS));
  }

  /** Origins for one principal; {@code natAddresses} are its account's NAT gateway IPs. */
  Weighted<String> forSpec(PrincipalSpec spec, List<String> natAddresses, Network network) {
    return switch (spec.behavior()) {
      case APPLICATION -> Weighted.<String>builder().add(privateAddress(network), 0.3).add(privateAddress(network), 0.2)
          .add(natAddresses.get(0), 0.3).add(natAddresses.get(1), 0.2).build();
      case PIPELINE -> pool(AWS_OCTETS, 12, 0.6);
      case AWS_SERVICE -> Weighted.only(spec.name());
      case SCANNER -> Weighted.only(natAddresses.get(0));
      case ADMIN, DEVELOPER, ROOT -> Weighted.<String>builder().add(offices.get(0), 0.45).add(offices.get(1), 0.2)
          .add(publicAddress(ISP_OCTETS), 0.25).add(publicAddress(ISP_OCTETS), 0.1).build();
      case DEPLOYER -> pool(CLOUD_RUNNER_OCTETS, 40, 0.2);
    };
  }

  /** Two NAT gateway addresses for one account. */
  List<String> natAddresses() {
    return List.of(publicAddress(AWS_OCTETS), publicAddress(AWS_OCTETS));
  }

  /** A public address nobody in the organisation uses, e.g. for failed sign-ins from outside. */
  static String strangerAddress(SplittableRandom random) {
    return address(random, ISP_OCTETS);
  }

  private Weighted<String> pool(List<Integer> octets, int size, double skew) {
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      addresses.add(publicAddress(octets));
    }
    return Weighted.zipf(addresses, skew);
  }

  private String privateAddress(Network network) {
    Network.Subnet subnet = network.subnets().get(random.nextInt(network.subnets().size()));
    return subnet.ipPrefix() + (4 + random.nextInt(250));
  }

  private String publicAddress(List<Integer> octets) {
    return address(random, octets);
  }

  private static String address(SplittableRandom random, List<Integer> octets) {
    return octets.get(random.nextInt(octets.size())) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
        + (1 + random.nextInt(254));
  }
}
