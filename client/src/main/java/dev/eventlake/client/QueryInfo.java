package dev.eventlake.client;

import java.util.List;
import java.util.Set;

/**
 * A query as the server reports it after StartQuery, GetQuery and CancelQuery.
 *
 * @param id the query ID
 * @param sql the statement as submitted
 * @param status QUEUED, RUNNING, FINISHED, FAILED, CANCELLED or TIMED_OUT
 * @param storeIds the event data stores the query reads
 * @param statistics its counters so far
 * @param errorMessage why it failed or stopped, else null
 */
public record QueryInfo(String id, String sql, String status, List<String> storeIds, QueryStatistics statistics,
    String errorMessage) {
  private static final Set<String> TERMINAL = Set.of("FINISHED", "FAILED", "CANCELLED", "TIMED_OUT");

  public QueryInfo {
    storeIds = storeIds == null ? List.of() : List.copyOf(storeIds);
  }

  /** Whether the query has ended, one way or another. */
  public boolean isTerminal() {
    return TERMINAL.contains(status);
  }

  /** Whether results can be read: all of them once FINISHED, the partial ones once TIMED_OUT. */
  public boolean hasResults() {
    return "FINISHED".equals(status) || "TIMED_OUT".equals(status);
  }

  /** A query's counters. */
  public record QueryStatistics(long eventsMatched, long eventsScanned, long bytesScanned,
      long executionTimeInMillis) {}
}
