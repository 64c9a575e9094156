package dev.eventlake.query.engine;

import dev.eventlake.query.scan.ScanStatistics;
import java.util.Set;

/** Plans and starts one SQL statement: the seam between the query service and the SQL engine. */
public interface StatementRunner {
  /**
   * Validates, plans and opens {@code sql}. Invalid statements, unknown or inactive stores throw
   * {@code LakeException} with the CloudTrail error code; scans add to {@code statistics} as they run.
   */
  StatementExecution start(String sql, ScanStatistics statistics);

  /**
   * Checks {@code sql} cheaply on the caller's thread before the query is queued: parse, validate and resolve the
   * stores, without opening scans. Throws like {@link #start}; returns the IDs of the stores the statement reads.
   * The default accepts everything and returns no IDs; {@link #start} then reports problems, and the query FAILS.
   */
  default Set<String> validate(String sql) {
    return Set.of();
  }
}
