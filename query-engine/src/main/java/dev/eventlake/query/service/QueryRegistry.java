package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.QUERY_ID_NOT_FOUND;

import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All known queries by ID, loaded from disk at start. Queries that ended more than the retention period ago are
 * treated as gone at once and deleted by {@link #expire()} or on the next lookup.
 */
final class QueryRegistry {
  static final String RESTART_MESSAGE = "The Eventlake server restarted before the query completed; the query was "
      + "stopped and its partial results discarded. Run the query again.";

  private final Map<String, QueryState> states = new ConcurrentHashMap<>();
  private final QueryFiles files;
  private final Clock clock;
  private final Duration retention;

  QueryRegistry(QueryFiles files, Clock clock, Duration retention) {
    this.files = files;
    this.clock = clock;
    this.retention = retention;
  }

  /** Loads every stored query; those interrupted by a stop of the process are recorded as FAILED. */
  void recover() {
    Instant now = clock.instant();
    try {
      for (QueryRecord record : files.loadAll()) {
        QueryState state = QueryState.restored(record, now, RESTART_MESSAGE);
        if (!record.status().isTerminal()) {
          files.deleteResults(record.queryId());
          state.persist(files);
        }
        states.put(state.queryId(), state);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("The query directory cannot be listed: " + failure.getMessage(), failure);
    }
    expire();
  }

  void add(QueryState state) {
    states.put(state.queryId(), state);
  }

  /** Forgets a query that was never admitted and deletes what was written of it. */
  void discard(String queryId) {
    states.remove(queryId);
    files.delete(queryId);
  }

  /**
   * The query with this ID.
   *
   * @throws LakeException with {@code QueryIdNotFoundException} when it is unknown or expired
   */
  QueryState find(String queryId) {
    QueryState state = queryId == null ? null : states.get(queryId);
    if (state == null) {
      throw notFound(queryId);
    }
    if (state.isExpired(clock.instant(), retention)) {
      remove(state);
      throw notFound(queryId);
    }
    return state;
  }

  /** Queries that have not expired. */
  List<QueryState> current() {
    Instant now = clock.instant();
    return states.values().stream().filter(state -> !state.isExpired(now, retention)).toList();
  }

  /** Every query, expired or not, e.g. to stop them at shutdown. */
  Collection<QueryState> all() {
    return List.copyOf(states.values());
  }

  /** Deletes queries that ended more than the retention period ago; returns how many. */
  int expire() {
    Instant now = clock.instant();
    int removed = 0;
    for (QueryState state : List.copyOf(states.values())) {
      if (state.isExpired(now, retention)) {
        remove(state);
        removed++;
      }
    }
    return removed;
  }

  /** Deletes every query that read {@code storeId}, whatever its age; returns how many. */
  int forgetStore(String storeId) {
    int removed = 0;
    for (QueryState state : List.copyOf(states.values())) {
      if (state.reads(storeId)) {
        remove(state);
        removed++;
      }
    }
    return removed;
  }

  private void remove(QueryState state) {
    if (states.remove(state.queryId(), state)) {
      files.delete(state.queryId());
    }
  }

  private LakeException notFound(String queryId) {
    return LakeException.of(QUERY_ID_NOT_FOUND, "Query '%s' does not exist or has expired; queries and their "
        + "results are kept for %d days after the query ends.", queryId, retention.toDays());
  }
}
