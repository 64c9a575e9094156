package dev.eventlake.query.engine;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/** A statement running on its own Calcite connection, read through JDBC and normalised per column type. */
final class CalciteStatementExecution implements StatementExecution {
  private final Connection connection;
  private final Statement statement;
  private final ResultSet results;
  private final List<ResultColumn> columns;
  private final Set<String> storeIds;
  private Object[] row;

  CalciteStatementExecution(Connection connection, Statement statement, ResultSet results,
      List<ResultColumn> columns, Set<String> storeIds) {
    this.connection = connection;
    this.statement = statement;
    this.results = results;
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
    try {
      statement.cancel();
    } catch (SQLException failure) {
      throw new LakeException(ErrorCode.INTERNAL_FAILURE, "cannot cancel the statement: " + failure.getMessage());
    }
  }

  @Override
  public void close() {
    try (connection; statement; results) {
      row = null;
    } catch (SQLException ignored) {
      // closing a finished statement has nothing left to report
    }
  }
}
