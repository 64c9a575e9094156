package dev.eventlake.bench.ingest;

import dev.eventlake.bench.measure.MemoryPeak;
import dev.eventlake.bench.measure.Profile;

/**
 * What ingesting the logs cost one engine.
 *
 * @param engine "Eventlake" or "DuckDB"
 * @param events rows written
 * @param nanos wall time
 * @param parquetBytes size of the Parquet files written
 * @param parquetFiles how many Parquet files were written
 * @param memory peak memory during the phase
 * @param profile where Java threads spent the time (empty for DuckDB, whose threads are native)
 */
public record IngestMeasurement(String engine, long events, long nanos, long parquetBytes, long parquetFiles,
    MemoryPeak memory, Profile profile) {

  public double eventsPerSecond() {
    return events / (nanos / 1e9);
  }

  public double bytesPerEvent() {
    return (double) parquetBytes / events;
  }

  public double seconds() {
    return nanos / 1e9;
  }
}
