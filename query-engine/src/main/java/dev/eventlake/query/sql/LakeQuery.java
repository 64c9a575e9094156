package dev.eventlake.query.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A statement planned on a dialect connection and ready to run: the CloudTrail result labels and the JDBC statement
 * (run it with {@code executeQuery()}, cancel it from another thread). Closing it closes the statement.
 */
public final class LakeQuery implements AutoCloseable {
  private final PreparedQuery prepared;
  private final PreparedStatement statement;
  private final List<String> labels;

  LakeQuery(PreparedQuery prepared, PreparedStatement statement, List<String> labels) {
    this.prepared = prepared;
    this.statement = statement;
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

  /** The planned JDBC statement; rows: STRUCT as {@code Object[]}, MAP as {@code Map}, ARRAY as {@code Array}. */
  public PreparedStatement statement() {
    return statement;
  }

  @Override
  public void close() throws SQLException {
    statement.close();
  }
}
