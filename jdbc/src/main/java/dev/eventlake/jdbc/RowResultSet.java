package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

/**
 * The getters of a result set over typed JSON values: each reads the current row's value, converting it as JDBC
 * asks ({@link JsonValues}, {@link TypedValues}); SQL NULL reads as null, 0 or false.
 */
abstract class RowResultSet extends ResultSetCursor {
  RowResultSet(Statement statement, List<ResultColumn> columns) {
    super(statement, columns);
  }

  @Override
  public String getString(int column) throws SQLException {
    JsonNode value = value(column);
    return value == null ? null : JsonValues.text(value, type(column));
  }

  @Override
  public boolean getBoolean(int column) throws SQLException {
    JsonNode value = value(column);
    return value != null && JsonValues.bool(value);
  }

  @Override
  public byte getByte(int column) throws SQLException {
    return (byte) integral(column, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
  }

  @Override
  public short getShort(int column) throws SQLException {
    return (short) integral(column, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
  }

  @Override
  public int getInt(int column) throws SQLException {
    return (int) integral(column, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
  }

  @Override
  public long getLong(int column) throws SQLException {
    return integral(column, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
  }

  private long integral(int column, long minimum, long maximum, String typeName) throws SQLException {
    JsonNode value = value(column);
    return value == null ? 0 : JsonValues.integral(value, minimum, maximum, typeName);
  }

  @Override
  public float getFloat(int column) throws SQLException {
    return (float) getDouble(column);
  }

  @Override
  public double getDouble(int column) throws SQLException {
    JsonNode value = value(column);
    return value == null ? 0 : JsonValues.floating(value);
  }

  @Override
  public BigDecimal getBigDecimal(int column) throws SQLException {
    JsonNode value = value(column);
    return value == null ? null : JsonValues.decimal(value);
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
    BigDecimal value = getBigDecimal(column);
    return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public byte[] getBytes(int column) throws SQLException {
    String text = getString(column);
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  @Override public Date getDate(int column) throws SQLException { return getDate(column, null); }
  @Override public Time getTime(int column) throws SQLException { return getTime(column, null); }
  @Override public Timestamp getTimestamp(int column) throws SQLException { return getTimestamp(column, null); }

  @Override
  public Date getDate(int column, Calendar calendar) throws SQLException {
    JsonNode value = value(column);
    return value == null ? null : TypedValues.date(value, calendar);
  }

  @Override
  public Time getTime(int column, Calendar calendar) throws SQLException {
    JsonNode value = value(column);
    return value == null ? null : TypedValues.time(value, calendar);
  }

  @Override
  public Timestamp getTimestamp(int column, Calendar calendar) throws SQLException {
    JsonNode value = value(column);
    return value == null ? null : TypedValues.timestamp(value, calendar);
  }

  @Override
  public Object getObject(int column) throws SQLException {
    JsonNode value = value(column);
    return value == null ? null : TypedValues.object(value, type(column));
  }

  @Override
  public <T> T getObject(int column, Class<T> target) throws SQLException {
    JsonNode value = value(column);
    return value == null ? null : TypedValues.as(value, type(column), target);
  }

  @Override
  public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
    return getObject(column);
  }

  @Override public String getNString(int column) throws SQLException { return getString(column); }
  @Override public Reader getNCharacterStream(int column) throws SQLException { return getCharacterStream(column); }

  @Override
  public Reader getCharacterStream(int column) throws SQLException {
    String text = getString(column);
    return text == null ? null : new StringReader(text);
  }
}
