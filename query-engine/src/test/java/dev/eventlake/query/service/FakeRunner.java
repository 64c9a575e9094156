package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INVALID_QUERY_STATEMENT;

import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.engine.StatementRunner;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.store.error.LakeException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/** A hand-written SQL engine: each SQL text is registered with a {@link FakeStatement}; anything else is invalid. */
final class FakeRunner implements StatementRunner {
  private final Map<String, FakeStatement> statements = new ConcurrentHashMap<>();
  final List<FakeExecution> executions = new CopyOnWriteArrayList<>();
  final List<BoundStatement> bound = new CopyOnWriteArrayList<>();

  /** Registers {@code statement} as the behaviour of {@code sql}; returns the SQL for convenience. */
  String register(String sql, FakeStatement statement) {
    statements.put(sql, statement);
    return sql;
  }

  @Override
  public Set<String> validate(String sql) {
    return lookup(sql).storeIds();
  }

  /** Parameter values are recorded, not bound: the fake's statements ignore them. */
  @Override
  public Set<String> validate(BoundStatement statement) {
    return validate(statement.sql());
  }

  @Override
  public StatementExecution start(BoundStatement statement, ScanStatistics statistics) {
    bound.add(statement);
    return start(statement.sql(), statistics);
  }

  @Override
  public StatementExecution start(String sql, ScanStatistics statistics) {
    FakeStatement statement = lookup(sql);
    if (statement.startFailure() != null) {
      throw statement.startFailure();
    }
    FakeExecution execution = new FakeExecution(statement, statistics);
    executions.add(execution);
    return execution;
  }

  private FakeStatement lookup(String sql) {
    FakeStatement statement = statements.get(sql);
    if (statement == null) {
      throw LakeException.of(INVALID_QUERY_STATEMENT, "Unknown statement: %s", sql);
    }
    return statement;
  }
}
