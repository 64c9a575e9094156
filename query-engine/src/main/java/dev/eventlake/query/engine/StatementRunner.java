package dev.eventlake.query.engine;

import dev.eventlake.query.scan.ScanStatistics;

/** Plans and starts one SQL statement: the seam between the query service and the SQL engine. */
public interface StatementRunner {
  /**
   * Validates, plans and opens {@code sql}. Invalid statements, unknown or inactive stores throw
   * {@code LakeException} with the CloudTrail error code; scans add to {@code statistics} as they run.
   */
  StatementExecution start(String sql, ScanStatistics statistics);
}
