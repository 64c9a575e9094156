package dev.eventlake.bench;

import dev.eventlake.bench.corpus.Corpus;
import dev.eventlake.bench.ingest.IngestMeasurement;
import dev.eventlake.bench.ingest.LakeIngest;
import dev.eventlake.bench.measure.MachineInfo;
import dev.eventlake.bench.query.QueryPhase;
import java.time.Instant;

/**
 * Everything one run measured.
 *
 * @param config the run's settings
 * @param machine where it ran
 * @param duckDbVersion the DuckDB it compared with
 * @param startedAt when it started
 * @param loadAtStart one-minute load average when it started
 * @param loadAtEnd one-minute load average when it ended
 * @param totalNanos wall time of the whole run
 * @param corpus the logs both engines read
 * @param lakeIngest Eventlake's import
 * @param duckIngest DuckDB's conversion of the same logs
 * @param queries the query suite in both engines
 */
public record BenchResult(BenchConfig config, MachineInfo machine, String duckDbVersion, Instant startedAt,
    double loadAtStart, double loadAtEnd, long totalNanos, Corpus corpus, LakeIngest lakeIngest,
    IngestMeasurement duckIngest, QueryPhase queries) {

  /** Eventlake's ingest rate over DuckDB's: 1 or more meets the target. */
  public double ingestRateRatio() {
    return lakeIngest.measurement().eventsPerSecond() / duckIngest.eventsPerSecond();
  }

  /** Eventlake's Parquet bytes per event over the gzip JSON bytes per event: 0.5 or less meets the target. */
  public double storageRatio() {
    return lakeIngest.measurement().bytesPerEvent() / corpus.gzipBytesPerEvent();
  }
}
