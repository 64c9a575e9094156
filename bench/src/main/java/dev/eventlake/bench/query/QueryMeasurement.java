package dev.eventlake.bench.query;

import dev.eventlake.bench.measure.Timings;

/**
 * One query's figures in both engines.
 *
 * @param query the query
 * @param lake Eventlake's timed runs
 * @param duck DuckDB's timed runs
 * @param lakeWarmUpNanos Eventlake's untimed first run
 * @param duckWarmUpNanos DuckDB's untimed first run
 * @param rows rows Eventlake returned
 * @param eventsScanned events Eventlake decoded (its own statistics, last timed run)
 * @param bytesScanned compressed bytes Eventlake read (same)
 * @param filesRead Parquet files Eventlake opened (same)
 * @param filesSkipped Parquet files Eventlake pruned without opening (same)
 * @param mismatch null when both engines returned the same rows, else what differed
 */
public record QueryMeasurement(BenchQuery query, Timings lake, Timings duck, long lakeWarmUpNanos,
    long duckWarmUpNanos, long rows, long eventsScanned, long bytesScanned, long filesRead, long filesSkipped,
    String mismatch) {

  /** Eventlake's median over DuckDB's: below 1 means Eventlake was faster. */
  public double ratio() {
    return lake.medianNanos() / duck.medianNanos();
  }

  public boolean matches() {
    return mismatch == null;
  }
}
