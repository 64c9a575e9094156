package dev.eventlake.jdbc;

import dev.eventlake.client.EventlakeClient;
import dev.eventlake.client.QueryInfo;
import dev.eventlake.client.QueryParameter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;

/**
 * A statement: each execution is one query on the server (StartQuery, then polling), whose results are read page
 * by page. {@link #cancel()} and the query timeout stop the query on the server; {@link #getQueryId()} names it.
 */
public class EventlakeStatement extends StatementDefaults {
  private final EventlakeConnection connection;
  private final EventlakeClient client;
  private volatile QueryExecution execution;
  private volatile boolean closed;
  private QueryResultSet resultSet;
  private EventlakeResultSetMetaData lastColumns;
  private SQLWarning warnings;
  private int queryTimeoutSeconds;
  private long maxRows;
  private int fetchSize;

  EventlakeStatement(EventlakeConnection connection, EventlakeClient client) {
    this.connection = connection;
    this.client = client;
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    execute(sql);
    return resultSet;
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    return executeWith(sql, List.of());
  }

  /** Runs {@code sql} with {@code parameters} to its end and opens its results; always true (a result set). */
  boolean executeWith(String sql, List<QueryParameter> parameters) throws SQLException {
    checkOpen();
    closeResultSet();
    warnings = null;
    QueryExecution current = new QueryExecution(client, queryTimeoutSeconds);
    execution = current;
    QueryInfo query = current.run(sql, parameters);
    resultSet = QueryResultSet.open(this, client, query.id(), fetchSize > 0 ? fetchSize
        : connection.pageSize(), maxRows);
    lastColumns = resultSet.metaData();
    if ("TIMED_OUT".equals(query.status())) {
      resultSet.warn(new SQLWarning("Query " + query.id() + " reached the server's time limit; the results are"
          + " partial: " + query.errorMessage(), "01000"));
    }
    return true;
  }

  /** The columns of the last result this statement opened (still known once it is closed), or null. */
  EventlakeResultSetMetaData lastColumns() {
    return lastColumns;
  }

  /** The server's ID of the last query this statement started (for the REST API and query lists), or null. */
  public String getQueryId() {
    QueryExecution current = execution;
    return current == null ? null : current.queryId();
  }

  @Override
  public void cancel() throws SQLException {
    QueryExecution current = execution;
    if (current != null) {
      current.cancel();
    }
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    checkOpen();
    return resultSet;
  }

  @Override public int getUpdateCount() { return -1; }
  @Override public long getLargeUpdateCount() { return -1; }
  @Override public boolean getMoreResults() throws SQLException { return getMoreResults(CLOSE_CURRENT_RESULT); }

  @Override
  public boolean getMoreResults(int current) throws SQLException {
    checkOpen();
    closeResultSet();
    return false;
  }

  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    checkOpen();
    if (seconds < 0) {
      throw new SQLException("The query timeout must not be negative; it is " + seconds, "HY024");
    }
    queryTimeoutSeconds = seconds;
  }

  @Override public int getQueryTimeout() { return queryTimeoutSeconds; }
  @Override public int getMaxRows() { return (int) Math.min(maxRows, Integer.MAX_VALUE); }
  @Override public long getLargeMaxRows() { return maxRows; }
  @Override public void setMaxRows(int max) throws SQLException { setLargeMaxRows(max); }
  @Override public int getFetchSize() { return fetchSize; }
  @Override public Connection getConnection() { return connection; }
  @Override public SQLWarning getWarnings() { return warnings; }
  @Override public void clearWarnings() { warnings = null; }
  @Override public boolean isClosed() { return closed; }

  @Override
  public void setLargeMaxRows(long max) throws SQLException {
    checkOpen();
    if (max < 0) {
      throw new SQLException("The maximum row count must not be negative; it is " + max, "HY024");
    }
    maxRows = max;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw new SQLException("The fetch size must not be negative; it is " + rows, "HY024");
    }
    fetchSize = Math.min(rows, 1000);
  }

  /** Closes the statement after its result set, when {@link #closeOnCompletion()} asked for it. */
  void resultSetClosed(QueryResultSet closedResults) throws SQLException {
    if (closedResults == resultSet && isCloseOnCompletion()) {
      close();
    }
  }

  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    connection.forget(this);
    QueryExecution current = execution;
    if (current != null && current.isRunning()) {
      current.cancel();
    }
    closeResultSet();
  }

  private void closeResultSet() throws SQLException {
    QueryResultSet current = resultSet;
    resultSet = null;
    if (current != null) {
      current.close();
    }
  }

  @Override
  void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.closed("statement");
    }
    connection.checkOpen();
  }
}
