package dev.eventlake.store.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** An immutable weighted choice among items, drawn with a caller-supplied random source. */
final class Weighted<T> {

  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] cumulative) {
    this.items = List.copyOf(items);
    this.cumulative = cumulative;
  }

  /** Zipf-like weights {@code 1 / (rank + 1)^exponent}: the first items are drawn most often. */
  static <T> Weighted<T> zipf(List<T> items, double exponent) {
    Builder<T> builder = builder();
    for (int rank = 0; rank < items.size(); rank++) {
      builder.add(items.get(rank), 1.0 / StrictMath.pow(rank + 1, exponent));
    }
    return builder.build();
  }

  /** A single item, always drawn. */
  static <T> Weighted<T> only(T item) {
    return Weighted.<T>builder().add(item, 1.0).build();
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Draws one item. */
  T pick(SplittableRandom random) {
    if (cumulative.length == 1) {
      return items.get(0);
    }
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int index = Arrays.binarySearch(cumulative, target);
    index = index >= 0 ? index + 1 : -index - 1;
    return items.get(Math.min(index, items.size() - 1));
  }

  /** Collects items with positive weights. */
  static final class Builder<T> {
    private final List<T> items = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    Builder<T> add(T item, double weight) {
      if (!(weight > 0)) {
        throw new IllegalArgumentException("weight must be positive: " + item + " " + weight);
      }
      items.add(item);
      weights.add(weight);
      return this;
    }

    Weighted<T> build() {
      if (items.isEmpty()) {
        throw new IllegalStateException("no items");
      }
      double[] cumulative = new double[weights.size()];
      double sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      return new Weighted<>(items, cumulative);
    }
  }
}
