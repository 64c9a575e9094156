package dev.eventlake.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/** Describes the columns of an Eventlake result set: labels, JDBC types, Java classes, precision and nullability. */
final class EventlakeResultSetMetaData implements ResultSetMetaData {
  private final List<ResultColumn> columns;

  EventlakeResultSetMetaData(List<ResultColumn> columns) {
    this.columns = List.copyOf(columns);
  }

  private ResultColumn column(int index) throws SQLException {
    if (index < 1 || index > columns.size()) {
      throw new SQLException("Column index " + index + " is out of range 1.." + columns.size(), "07009");
    }
    return columns.get(index - 1);
  }

  /** {@code answer}, once {@code index} is known to be a column. */
  private boolean answer(int index, boolean answer) throws SQLException {
    column(index);
    return answer;
  }

  /** The empty text JDBC uses for "not applicable" (results are not tied to a table), for a valid index. */
  private String empty(int index) throws SQLException {
    column(index);
    return "";
  }

  @Override public int getColumnCount() { return columns.size(); }
  @Override public boolean isAutoIncrement(int column) throws SQLException { return answer(column, false); }
  @Override public boolean isSearchable(int column) throws SQLException { return answer(column, true); }
  @Override public boolean isCurrency(int column) throws SQLException { return answer(column, false); }
  @Override public int isNullable(int column) throws SQLException { return column(column).nullable(); }
  @Override public String getColumnLabel(int column) throws SQLException { return column(column).label(); }
  @Override public String getColumnName(int column) throws SQLException { return column(column).label(); }
  @Override public String getSchemaName(int column) throws SQLException { return empty(column); }
  @Override public int getPrecision(int column) throws SQLException { return column(column).type().precision(); }
  @Override public int getScale(int column) throws SQLException { return column(column).type().scale(); }
  @Override public String getTableName(int column) throws SQLException { return empty(column); }
  @Override public String getCatalogName(int column) throws SQLException { return empty(column); }
  @Override public int getColumnType(int column) throws SQLException { return column(column).type().kind().sqlType(); }
  @Override public String getColumnTypeName(int column) throws SQLException { return column(column).type().name(); }
  @Override public boolean isReadOnly(int column) throws SQLException { return answer(column, true); }
  @Override public boolean isWritable(int column) throws SQLException { return answer(column, false); }
  @Override public boolean isDefinitelyWritable(int column) throws SQLException { return answer(column, false); }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    ValueKind kind = column(column).type().kind();
    return kind == ValueKind.STRING || kind.isJson() || kind == ValueKind.OTHER;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return column(column).type().kind().isNumeric();
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    SqlType type = column(column).type();
    return type.kind() == ValueKind.DECIMAL ? type.precision() + 2 : type.kind().displaySize();
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return column(column).type().kind().javaClass().getName();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("This metadata is not a " + type.getName(), "HY000");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
