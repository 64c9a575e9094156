package dev.eventlake.store.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * All principals of the organisation in two Zipf-skewed pools, automated and human, so that a few principals make
 * most calls and people follow the working-hours share of each delivery window.
 */
final class IdentityPool {

  private static final double SKEW = 0.9;

  private final Weighted<Principal> automated;
  private final Weighted<Principal> human;

  IdentityPool(List<Account> accounts, SplittableRandom random) {
    NetworkOrigins origins = new NetworkOrigins(random);
    PrincipalFactory factory = new PrincipalFactory(random, origins);
    List<Principal> all = new ArrayList<>();
    List<Double> activities = new ArrayList<>();
    for (Account account : accounts) {
      List<String> natAddresses = origins.natAddresses();
      List<PrincipalSpec> specs = PrincipalPlan.forRole(account.role());
      for (int ordinal = 0; ordinal < specs.size(); ordinal++) {
        PrincipalSpec spec = specs.get(ordinal);
        all.add(factory.create(account, spec, natAddresses, ordinal));
        activities.add(spec.activity() * (0.6 + 0.8 * random.nextDouble()));
      }
    }
    this.automated = skewed(all, activities, false);
    this.human = skewed(all, activities, true);
  }

  /** Draws the caller of one event; {@code humanShare} is the probability that a person makes it. */
  Principal pick(SplittableRandom random, double humanShare) {
    return random.nextDouble() < humanShare ? human.pick(random) : automated.pick(random);
  }

  /** Orders one pool by planned activity and applies a Zipf factor by rank on top of it. */
  private static Weighted<Principal> skewed(List<Principal> all, List<Double> activities, boolean people) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).behavior().human() == people) {
        indexes.add(i);
      }
    }
    indexes.sort(Comparator.comparingDouble((Integer i) -> -activities.get(i)));
    Weighted.Builder<Principal> builder = Weighted.builder();
    for (int rank = 0; rank < indexes.size(); rank++) {
      int index = indexes.get(rank);
      builder.add(all.get(index), activities.get(index) / StrictMath.pow(rank + 1, SKEW));
    }
    return builder.build();
  }
}
