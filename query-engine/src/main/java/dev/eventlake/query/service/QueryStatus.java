package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INVALID_QUERY_STATUS;

import dev.eventlake.store.error.LakeException;
import java.util.Arrays;
import java.util.Locale;

/** The lifecycle state of a query, with CloudTrail's names: QUEUED, RUNNING, then one of the four terminal states. */
public enum QueryStatus {
  QUEUED,
  RUNNING,
  FINISHED,
  FAILED,
  CANCELLED,
  TIMED_OUT;

  /** Whether the query has ended; results and history of ended queries expire after the retention period. */
  public boolean isTerminal() {
    return this != QUEUED && this != RUNNING;
  }

  /** Whether results can be paged in this state: all of them when FINISHED, the partial ones when TIMED_OUT. */
  public boolean hasResults() {
    return this == FINISHED || this == TIMED_OUT;
  }

  /**
   * The status named exactly {@code name}.
   *
   * @throws LakeException with {@code InvalidQueryStatusException} for any other text
   */
  public static QueryStatus parse(String name) {
    for (QueryStatus status : values()) {
      if (status.name().equals(name)) {
        return status;
      }
    }
    throw LakeException.of(INVALID_QUERY_STATUS, "QueryStatus '%s' is not valid; use one of %s.", name,
        Arrays.toString(values()).toUpperCase(Locale.ROOT));
  }
}
