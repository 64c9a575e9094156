package dev.eventlake.bench;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Settings of one benchmark run; {@link #defaults()} is the one place defaults live.
 *
 * @param events how many distinct events to generate (and ingest)
 * @param days how many UTC days the events spread over
 * @param runs timed runs per query and engine, after one untimed warm-up run
 * @param dataDirectory where generated logs (kept for reuse) and both engines' ingested files go
 * @param reportFile the markdown report to write
 * @param seed generator seed; fixed so that generated logs can be reused between runs
 * @param lastDay the last UTC day of events; fixed for the same reason
 * @param profile whether to sample Eventlake's threads with Java Flight Recorder and report the hottest methods
 * @param duckDbMemoryBytes DuckDB's memory limit
 */
public record BenchConfig(long events, int days, int runs, Path dataDirectory, Path reportFile, long seed,
    LocalDate lastDay, boolean profile, long duckDbMemoryBytes) {

  public BenchConfig {
    requireNonNull(dataDirectory, "dataDirectory is null");
    requireNonNull(reportFile, "reportFile is null");
    requireNonNull(lastDay, "lastDay is null");
    if (events < 1 || days < 1 || runs < 1) {
      throw new IllegalArgumentException("events, days and runs must be at least 1");
    }
  }

  /**
   * 10 million events over 90 days, 5 timed runs, data in {@code bench/data}, report named after today, profiling
   * on, and DuckDB limited to the memory the JVM may use for its heap (by default a quarter of the machine's).
   */
  public static BenchConfig defaults() {
    long events = 10_000_000;
    return new BenchConfig(events, 90, 5, Path.of("bench", "data"), defaultReportFile(LocalDate.now(), events), 42,
        LocalDate.of(2025, 6, 30), true, Runtime.getRuntime().maxMemory());
  }

  /** {@code bench/results/<date>-<events>.md}. */
  public static Path defaultReportFile(LocalDate date, long events) {
    return Path.of("bench", "results", date + "-" + events + ".md");
  }

  /** The first UTC day holding events. */
  public LocalDate firstDay() {
    return lastDay.minusDays(days - 1L);
  }
}
