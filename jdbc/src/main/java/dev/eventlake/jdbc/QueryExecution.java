package dev.eventlake.jdbc;

import dev.eventlake.client.EventlakeClient;
import dev.eventlake.client.EventlakeClientException;
import dev.eventlake.client.QueryInfo;
import dev.eventlake.client.QueryParameter;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.List;

/**
 * One run of a statement on the server: starts the query, polls it until it ends, and stops it on the server
 * (CancelQuery) when {@link #cancel()} is called from another thread or the query timeout passes.
 */
final class QueryExecution {
  private static final long FIRST_POLL_MILLIS = 10;
  private static final long LONGEST_POLL_MILLIS = 250;
  private final EventlakeClient client;
  private final long timeoutMillis;
  private volatile String queryId;
  private volatile boolean cancelRequested;
  private volatile boolean running;

  /** An execution that times out after {@code timeoutSeconds} (0: never). */
  QueryExecution(EventlakeClient client, int timeoutSeconds) {
    this.client = client;
    this.timeoutMillis = timeoutSeconds * 1000L;
  }

  /**
   * Runs {@code sql} with {@code parameters} and waits for it to end.
   *
   * @return the ended query: FINISHED or TIMED_OUT (by the server's own time limit)
   * @throws SQLException the server's refusal, FAILED, CANCELLED, or SQLTimeoutException after the query timeout
   */
  QueryInfo run(String sql, List<QueryParameter> parameters) throws SQLException {
    long started = System.nanoTime();
    running = true;
    try {
      QueryInfo query = client.startQuery(sql, parameters);
      queryId = query.id();
      if (cancelRequested) {
        stopOnServer();
      }
      return outcome(await(query, started));
    } catch (EventlakeClientException failure) {
      throw SqlErrors.of(failure);
    } finally {
      running = false;
    }
  }

  /** Whether {@link #run} is still starting or waiting for the query. */
  boolean isRunning() {
    return running;
  }

  private QueryInfo await(QueryInfo started, long startNanos) throws EventlakeClientException, SQLException {
    QueryInfo query = started;
    long pause = FIRST_POLL_MILLIS;
    while (!query.isTerminal()) {
      if (timeoutMillis > 0 && (System.nanoTime() - startNanos) / 1_000_000 >= timeoutMillis) {
        stopOnServer();
        throw new SQLTimeoutException("Query " + query.id() + " did not finish within the query timeout of "
            + timeoutMillis / 1000 + " s and was cancelled on the server", "HYT00");
      }
      sleep(pause);
      pause = Math.min(pause * 2, LONGEST_POLL_MILLIS);
      query = client.describeQuery(query.id());
    }
    return query;
  }

  private QueryInfo outcome(QueryInfo query) throws SQLException {
    switch (query.status()) {
      case "FINISHED":
      case "TIMED_OUT":
        return query;
      case "CANCELLED":
        throw new SQLException("Query " + query.id() + " was cancelled", "HY008");
      default:
        throw new SQLException("Query " + query.id() + " " + query.status() + ": " + query.errorMessage(), "HY000");
    }
  }

  /** Stops the query on the server, now if it has started, else as soon as it has. Safe from any thread. */
  void cancel() throws SQLException {
    cancelRequested = true;
    try {
      stopOnServer();
    } catch (EventlakeClientException failure) {
      throw SqlErrors.of(failure);
    }
  }

  private void stopOnServer() throws EventlakeClientException {
    String id = queryId;
    if (id == null) {
      return;
    }
    try {
      client.cancelQuery(id);
    } catch (EventlakeClientException failure) {
      if (!"InactiveQueryException".equals(failure.code())) {
        throw failure;
      }
    }
  }

  /** The server's ID of the query, once started; null before. */
  String queryId() {
    return queryId;
  }

  private void sleep(long millis) throws SQLException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      try {
        stopOnServer();
      } catch (EventlakeClientException ignored) {
        // interrupted anyway; the query ends by itself or by its timeout
      }
      throw new SQLException("Interrupted while waiting for query " + queryId + "; it was cancelled", "HY008",
          interrupted);
    }
  }
}
