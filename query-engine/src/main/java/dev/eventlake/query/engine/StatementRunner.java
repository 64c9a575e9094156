package dev.eventlake.query.engine;

import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
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

  /**
   * Starts a statement with parameter values, each bound as a typed JDBC parameter. The default serves statements
   * without parameters only.
   */
  default StatementExecution start(BoundStatement statement, ScanStatistics statistics) {
    requireNoParameters(statement);
    return start(statement.sql(), statistics);
  }

  /** {@link #validate(String)} for a statement with parameter values, which must match its placeholders. */
  default Set<String> validate(BoundStatement statement) {
    requireNoParameters(statement);
    return validate(statement.sql());
  }

  private static void requireNoParameters(BoundStatement statement) {
    if (!statement.parameters().isEmpty()) {
      throw LakeException.of(ErrorCode.INTERNAL_FAILURE, "This SQL engine cannot bind query parameters.");
    }
  }
}
