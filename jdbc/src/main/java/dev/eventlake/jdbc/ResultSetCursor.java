package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cursor of a forward-only, read-only result set over rows of typed JSON values: moving, column lookup, NULL
 * tracking, warnings and closing. Subclasses say where rows come from ({@link #advance()}, {@link #currentRow()}).
 */
abstract class ResultSetCursor extends ResultSetDefaults {
  private final Statement statement;
  private final List<ResultColumn> columns;
  private final Map<String, Integer> columnsByLabel = new HashMap<>();
  private SQLWarning warnings;
  private int row;
  private boolean afterLast;
  private boolean closed;
  private boolean wasNull;
  private int fetchSize;

  ResultSetCursor(Statement statement, List<ResultColumn> columns) {
    this.statement = statement;
    this.columns = List.copyOf(columns);
    for (int index = this.columns.size() - 1; index >= 0; index--) {
      columnsByLabel.put(this.columns.get(index).label().toLowerCase(Locale.ROOT), index + 1);
    }
  }

  /** Moves to the next row; false once there is none. */
  protected abstract boolean advance() throws SQLException;

  /** The values of the row the cursor is on, in column order. */
  protected abstract List<JsonNode> currentRow();

  /** Frees what the rows came from; called once, by {@link #close()}. */
  protected void release() throws SQLException {}

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    if (afterLast) {
      return false;
    }
    if (advance()) {
      row++;
      return true;
    }
    afterLast = true;
    return false;
  }

  /** The value of {@code column} in the current row; null for SQL NULL, remembered for {@link #wasNull()}. */
  JsonNode value(int column) throws SQLException {
    checkOpen();
    if (row == 0 || afterLast) {
      throw new SQLException("The cursor is not on a row; call next() first", "24000");
    }
    if (column < 1 || column > columns.size()) {
      throw new SQLException("Column index " + column + " is out of range 1.." + columns.size(), "07009");
    }
    JsonNode value = currentRow().get(column - 1);
    wasNull = value == null || value.isNull();
    return wasNull ? null : value;
  }

  SqlType type(int column) {
    return columns.get(column - 1).type();
  }

  @Override
  public int findColumn(String label) throws SQLException {
    checkOpen();
    Integer index = label == null ? null : columnsByLabel.get(label.toLowerCase(Locale.ROOT));
    if (index == null) {
      throw new SQLException("This result set has no column '" + label + "'", "42S22");
    }
    return index;
  }

  @Override public boolean wasNull() { return wasNull; }
  @Override public ResultSetMetaData getMetaData() throws SQLException { checkOpen(); return metaData(); }
  @Override public Statement getStatement() { return statement; }
  @Override public boolean isBeforeFirst() throws SQLException { checkOpen(); return row == 0 && hasRows(); }
  @Override public boolean isAfterLast() throws SQLException { checkOpen(); return afterLast && row > 0; }
  @Override public boolean isFirst() throws SQLException { checkOpen(); return row == 1 && !afterLast; }
  @Override public int getRow() throws SQLException { checkOpen(); return afterLast ? 0 : row; }
  @Override public SQLWarning getWarnings() throws SQLException { checkOpen(); return warnings; }
  @Override public void clearWarnings() { warnings = null; }
  @Override public int getFetchSize() { return fetchSize; }
  @Override public boolean isClosed() { return closed; }

  EventlakeResultSetMetaData metaData() {
    return new EventlakeResultSetMetaData(columns);
  }

  /** Whether the result has at least one row; only asked before the first {@link #next()}. */
  protected abstract boolean hasRows() throws SQLException;

  @Override
  public boolean isLast() throws SQLException {
    throw SqlErrors.unsupported("isLast() on a forward-only result set that reads its rows page by page");
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    if (rows < 0) {
      throw new SQLException("The fetch size must not be negative; it is " + rows, "HY024");
    }
    fetchSize = rows;
  }

  /** Adds a warning for the application to read with {@link #getWarnings()}. */
  void warn(SQLWarning warning) {
    if (warnings == null) {
      warnings = warning;
    } else {
      warnings.setNextWarning(warning);
    }
  }

  @Override
  public void close() throws SQLException {
    if (!closed) {
      closed = true;
      release();
    }
  }

  void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.closed("result set");
    }
  }
}
