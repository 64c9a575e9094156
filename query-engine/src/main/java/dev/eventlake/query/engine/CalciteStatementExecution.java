package dev.eventlake.query.engine;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * A planned statement on its own Calcite connection. It runs on the first {@link #next()} (on the caller's thread),
 * so {@link #cancel()} reaches it even while Calcite computes the first row, e.g. a whole aggregate.
 */
final class CalciteStatementExecution implements StatementExecution {
  private final Connection connection;
  private final PreparedStatement statement;
  private volatile boolean cancelled;
  private ResultSet results;
  private final List<ResultColumn> columns;
  private final Set<String> storeIds;
  private Object[] row;

  CalciteStatementExecution(Connection connection, PreparedStatement statement, List<ResultColumn> columns,
      Set<String> storeIds) {
    this.connection = connection;
    this.statement = statement;
    this.columns = List.copyOf(columns);
    this.storeIds = Set.copyOf(storeIds);
  }

  @Override
  public Set<String> storeIds() {
    return storeIds;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public boolean next() {
    try {
      if (results == null) {
        if (cancelled) {
          throw new CancellationException("the query was cancelled before it ran");
        }
        results = statement.executeQuery();
      }
      if (!results.next()) {
        return false;
      }
      Object[] values = new Object[columns.size()];
      for (int index = 0; index < values.length; index++) {
        values[index] = ResultValues.normalize(results.getObject(index + 1), columns.get(index).type());
      }
      row = values;
      return true;
    } catch (SQLException failure) {
      throw RunFailures.translate(failure);
    }
  }

  @Override
  public Object[] row() {
    return row;
  }

  @Override
  public void cancel() {
    cancelled = true;
    try {
      statement.cancel();
    } catch (SQLException failure) {
      throw new LakeException(ErrorCode.INTERNAL_FAILURE, "cannot cancel the statement: " + failure.getMessage());
    }
  }

  @Override
  public void close() {
    try (connection; statement; ResultSet open = results) {
      row = null;
    } catch (SQLException ignored) {
      // closing a finished statement has nothing left to report
    }
  }
}
