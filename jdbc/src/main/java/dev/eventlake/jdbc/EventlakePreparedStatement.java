package dev.eventlake.jdbc;

import dev.eventlake.client.EventlakeClient;
import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * A prepared statement: its SQL with {@code ?} placeholders, run with the values bound so far, which travel to the
 * server as typed parameters and are bound there; they never become part of the SQL text.
 */
public final class EventlakePreparedStatement extends PreparedStatementSetters {
  private final String sql;

  EventlakePreparedStatement(EventlakeConnection connection, EventlakeClient client, String sql) {
    super(connection, client);
    this.sql = sql;
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    execute();
    return getResultSet();
  }

  @Override
  public boolean execute() throws SQLException {
    return executeWith(sql, boundParameters());
  }

  @Override
  public int executeUpdate() throws SQLException {
    throw noUpdates();
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    throw noUpdates();
  }

  @Override
  public void addBatch() throws SQLException {
    throw SqlErrors.unsupported("batches");
  }

  /** The columns of the last result, or null before the first execution (they are known once the query ran). */
  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return lastColumns();
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    throw SqlErrors.unsupported("parameter metadata (the server types parameters as they are bound)");
  }

  @Override
  public ResultSet executeQuery(String otherSql) throws SQLException {
    throw withSql();
  }

  @Override
  public boolean execute(String otherSql) throws SQLException {
    throw withSql();
  }

  @Override
  public void addBatch(String otherSql) throws SQLException {
    throw withSql();
  }

  private static SQLException withSql() {
    return new SQLException("A PreparedStatement runs the SQL it was prepared with; use a Statement for other SQL",
        "HY000");
  }
}
