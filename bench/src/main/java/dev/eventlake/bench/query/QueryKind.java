package dev.eventlake.bench.query;

/** What a query mostly tests, which decides the target it is held to. */
public enum QueryKind {
  /** Finds a few events by a rare value: pruning (statistics, bloom filters, days) should win, target ≤ 0.5×. */
  NEEDLE,
  /** Reads a time window of days: partition pruning should win, target ≤ 0.5×. */
  TIME_WINDOW,
  /** Reads every event; held to the overall geometric-mean target only. */
  FULL_SCAN,
  /** Joins two stores; held to the overall geometric-mean target only. */
  JOIN;

  /** Whether the "pruning should win" target (≤ 0.5× DuckDB) applies. */
  public boolean pruningTarget() {
    return this == NEEDLE || this == TIME_WINDOW;
  }
}
