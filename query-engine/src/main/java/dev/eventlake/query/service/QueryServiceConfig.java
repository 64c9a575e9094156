package dev.eventlake.query.service;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Settings of a {@link QueryService}; {@link #defaults(Path)} holds every default in one place.
 *
 * @param dataDirectory root of the Eventlake data; queries live in {@code <dataDirectory>/queries}
 * @param maxRunningQueries queries that run at once; later ones wait in the queue
 * @param queueCapacity queries that may wait; beyond it StartQuery fails with MaxConcurrentQueriesException
 * @param queryTimeout run time after which a query stops as TIMED_OUT, keeping its partial results
 * @param memoryBudgetBytes per-query budget for result rows buffered in memory before they are written
 * @param resultRetention how long a query's record and results are kept after it ended
 * @param rowsPerBatch rows per Arrow record batch in result files
 * @param clock source of creation, start and end times and of expiry decisions
 */
public record QueryServiceConfig(Path dataDirectory, int maxRunningQueries, int queueCapacity, Duration queryTimeout,
    long memoryBudgetBytes, Duration resultRetention, int rowsPerBatch, Clock clock) {

  public QueryServiceConfig {
    requireNonNull(dataDirectory, "dataDirectory is null");
    requireNonNull(queryTimeout, "queryTimeout is null");
    requireNonNull(resultRetention, "resultRetention is null");
    requireNonNull(clock, "clock is null");
    requireAtLeast("maxRunningQueries", maxRunningQueries, 1);
    requireAtLeast("queueCapacity", queueCapacity, 0);
    requireAtLeast("memoryBudgetBytes", memoryBudgetBytes, 1);
    requireAtLeast("rowsPerBatch", rowsPerBatch, 1);
    if (queryTimeout.isNegative() || queryTimeout.isZero() || resultRetention.isNegative()) {
      throw new IllegalArgumentException("queryTimeout must be positive and resultRetention not negative");
    }
  }

  /**
   * The defaults: one running query per processor, 100 queued, 1 hour timeout, 256 MiB memory budget, 7 days
   * retention, batches of 1,000 rows, the UTC system clock.
   */
  public static QueryServiceConfig defaults(Path dataDirectory) {
    return new QueryServiceConfig(dataDirectory, Runtime.getRuntime().availableProcessors(), 100, Duration.ofHours(1),
        256L << 20, Duration.ofDays(7), 1_000, Clock.systemUTC());
  }

  public QueryServiceConfig withClock(Clock newClock) {
    return new QueryServiceConfig(dataDirectory, maxRunningQueries, queueCapacity, queryTimeout, memoryBudgetBytes,
        resultRetention, rowsPerBatch, newClock);
  }

  public QueryServiceConfig withConcurrency(int newMaxRunningQueries, int newQueueCapacity) {
    return new QueryServiceConfig(dataDirectory, newMaxRunningQueries, newQueueCapacity, queryTimeout,
        memoryBudgetBytes, resultRetention, rowsPerBatch, clock);
  }

  public QueryServiceConfig withQueryTimeout(Duration newTimeout) {
    return new QueryServiceConfig(dataDirectory, maxRunningQueries, queueCapacity, newTimeout, memoryBudgetBytes,
        resultRetention, rowsPerBatch, clock);
  }

  public QueryServiceConfig withMemoryBudgetBytes(long newBudget) {
    return new QueryServiceConfig(dataDirectory, maxRunningQueries, queueCapacity, queryTimeout, newBudget,
        resultRetention, rowsPerBatch, clock);
  }

  /** The directory holding one sub-directory per query. */
  public Path queriesDirectory() {
    return dataDirectory.resolve("queries");
  }

  /** The file holding the secret key that signs page tokens. */
  public Path tokenKeyFile() {
    return dataDirectory.resolve("keys").resolve("page-token.key");
  }

  private static void requireAtLeast(String name, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " is " + value + "; it must be at least " + minimum);
    }
  }
}
