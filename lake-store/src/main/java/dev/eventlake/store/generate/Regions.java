package dev.eventlake.store.generate;

import java.util.List;

/** The regions events are recorded in; us-east-1 comes first, dominates, and receives global-service events. */
final class Regions {

  static final List<String> NAMES = List.of("us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2");
  private static final List<Double> WEIGHTS = List.of(0.58, 0.20, 0.14, 0.08);

  private Regions() {}

  static int count() {
    return NAMES.size();
  }

  /** Region indexes weighted by how much traffic each region sees. */
  static Weighted<Integer> weighted() {
    Weighted.Builder<Integer> builder = Weighted.builder();
    for (int index = 0; index < NAMES.size(); index++) {
      builder.add(index, WEIGHTS.get(index));
    }
    return builder.build();
  }
}
