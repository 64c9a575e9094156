package dev.eventlake.query.engine;

/**
 * Settings of the SQL engine.
 *
 * @param scanThreads threads that decode Parquet row groups, shared by all running queries
 */
public record QueryEngineConfig(int scanThreads) {
  public QueryEngineConfig {
    if (scanThreads < 1) {
      throw new IllegalArgumentException("scanThreads must be at least 1");
    }
  }

  public static QueryEngineConfig defaults() {
    return new QueryEngineConfig(Runtime.getRuntime().availableProcessors());
  }
}
