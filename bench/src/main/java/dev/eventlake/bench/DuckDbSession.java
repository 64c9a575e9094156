package dev.eventlake.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One in-memory DuckDB database with default settings (all cores), its session clock set to UTC. */
public final class DuckDbSession implements AutoCloseable {
  private final Connection connection;

  private DuckDbSession(Connection connection) {
    this.connection = connection;
  }

  public static DuckDbSession open() throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TimeZone = 'UTC'");
    }
    return new DuckDbSession(connection);
  }

  public Connection connection() {
    return connection;
  }

  /** Runs a statement that returns no rows (or whose rows are not wanted). */
  public void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The first column of the first row, e.g. of a count. */
  public Object single(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        throw new SQLException("no row from: " + sql);
      }
      return rows.getObject(1);
    }
  }

  /** DuckDB's version, e.g. {@code v2.0.0}. */
  public String version() throws SQLException {
    return String.valueOf(single("SELECT version()"));
  }

  /** {@code text} as a SQL string literal. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
