package dev.eventlake.bench.measure;

import java.util.Arrays;
import java.util.List;

/** Wall times of the timed runs of one query in one engine, in nanoseconds, in the order they ran. */
public record Timings(List<Long> nanos) {
  public Timings {
    nanos = List.copyOf(nanos);
    if (nanos.isEmpty()) {
      throw new IllegalArgumentException("at least one timed run is needed");
    }
  }

  /** The median; the mean of the two middle runs when the count is even. */
  public double medianNanos() {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }

  public double medianMillis() {
    return medianNanos() / 1e6;
  }

  public long minimumNanos() {
    return nanos.stream().mapToLong(Long::longValue).min().orElseThrow();
  }

  public long maximumNanos() {
    return nanos.stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  /** The geometric mean of positive values, e.g. of per-query ratios. */
  public static double geometricMean(double... values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    return Math.exp(Arrays.stream(values).map(Math::log).sum() / values.length);
  }
}
