package dev.eventlake.query.engine;

/**
 * Settings of the SQL engine.
 *
 * @param scanThreads threads that decode Parquet row groups, shared by all running queries
 * @param cachedFooters parsed Parquet footers kept in memory, one per data file (a few tens of KiB each); 0 keeps none
 */
public record QueryEngineConfig(int scanThreads, int cachedFooters) {
  /** Footers kept by default: every file of a store holding about three years, one file a day. */
  public static final int DEFAULT_CACHED_FOOTERS = 1_024;

  public QueryEngineConfig {
    if (scanThreads < 1) {
      throw new IllegalArgumentException("scanThreads must be at least 1");
    }
    if (cachedFooters < 0) {
      throw new IllegalArgumentException("cachedFooters must not be negative");
    }
  }

  public static QueryEngineConfig defaults() {
    return new QueryEngineConfig(Runtime.getRuntime().availableProcessors(), DEFAULT_CACHED_FOOTERS);
  }
}
