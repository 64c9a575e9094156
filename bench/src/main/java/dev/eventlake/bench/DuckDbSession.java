package dev.eventlake.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One in-memory DuckDB database using all cores, its session clock set to UTC, with a memory limit (spilling to a
 * temporary folder beyond it) and without insertion order kept: the memory settings DuckDB recommends for large
 * loads. Unlimited, DuckDB takes 80% of the machine's memory and, next to the JVM, a 10-million-event
 * partitioned COPY got the process killed by the kernel.
 */
public final class DuckDbSession implements AutoCloseable {
  private final Connection connection;

  private DuckDbSession(Connection connection) {
    this.connection = connection;
  }

  public static DuckDbSession open(long memoryLimitBytes, Path temporaryDirectory) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TimeZone = 'UTC'");
      statement.execute("SET memory_limit = '" + Math.max(1, memoryLimitBytes >> 20) + "MB'");
      statement.execute("SET temp_directory = " + literal(temporaryDirectory.toAbsolutePath().toString()));
      statement.execute("SET preserve_insertion_order = false");
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
