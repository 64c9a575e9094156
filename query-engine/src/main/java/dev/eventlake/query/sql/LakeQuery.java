package dev.eventlake.query.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A statement running on a dialect connection: the CloudTrail result labels and the open JDBC result set. Closing it
 * closes both the result set and the statement.
 */
public final class LakeQuery implements AutoCloseable {
  private final PreparedQuery prepared;
  private final Statement statement;
  private final ResultSet resultSet;
  private final List<String> labels;

  LakeQuery(PreparedQuery prepared, Statement statement, ResultSet resultSet, List<String> labels) {
    this.prepared = prepared;
    this.statement = statement;
    this.resultSet = resultSet;
    this.labels = List.copyOf(labels);
  }

  /** The statement as the pre-pass left it. */
  public PreparedQuery prepared() {
    return prepared;
  }

  /** One label per result column: alias, column name as written, last path segment, or {@code _colN}. */
  public List<String> labels() {
    return labels;
  }

  /** The rows; STRUCT values come as {@code Object[]}, MAP as {@code Map}, ARRAY as {@code java.sql.Array}. */
  public ResultSet resultSet() {
    return resultSet;
  }

  /** The JDBC statement, e.g. to {@code cancel()} it from another thread. */
  public Statement statement() {
    return statement;
  }

  @Override
  public void close() throws SQLException {
    try (statement) {
      resultSet.close();
    }
  }
}
