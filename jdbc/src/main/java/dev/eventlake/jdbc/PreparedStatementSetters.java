package dev.eventlake.jdbc;

import dev.eventlake.client.EventlakeClient;
import dev.eventlake.client.QueryParameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameter setters of a prepared statement: each value becomes a typed {@link QueryParameter} for its
 * {@code ?} (see {@link ParameterValues}); values that are not text, numbers, booleans or times are refused.
 */
abstract class PreparedStatementSetters extends EventlakeStatement implements PreparedStatement {
  private final Map<Integer, QueryParameter> parameters = new TreeMap<>();

  PreparedStatementSetters(EventlakeConnection connection, EventlakeClient client) {
    super(connection, client);
  }

  private void bind(int index, QueryParameter parameter) throws SQLException {
    checkOpen();
    if (index < 1) {
      throw new SQLException("Parameter index " + index + " is out of range; the first is 1", "07009");
    }
    parameters.put(index, parameter);
  }

  /** The parameters in placeholder order; every index from 1 to the highest set must have a value. */
  List<QueryParameter> boundParameters() throws SQLException {
    List<QueryParameter> bound = new ArrayList<>(parameters.size());
    for (Map.Entry<Integer, QueryParameter> parameter : parameters.entrySet()) {
      if (parameter.getKey() != bound.size() + 1) {
        throw new SQLException("Parameter " + (bound.size() + 1) + " has no value", "07001");
      }
      bound.add(parameter.getValue());
    }
    return bound;
  }

  private void set(int index, Object value) throws SQLException {
    bind(index, ParameterValues.of(value));
  }

  private void set(int index, Object value, int sqlType) throws SQLException {
    bind(index, ParameterValues.of(value, sqlType));
  }

  private static SQLException nulls() {
    return ParameterValues.nullValue();
  }

  private static SQLException clobs() {
    return noSuchParameter("CLOB");
  }

  private static SQLException nclobs() {
    return noSuchParameter("NCLOB");
  }

  private static SQLException times() {
    return noSuchParameter("TIME (bind a Timestamp)");
  }

  private static SQLException streams() {
    return noSuchParameter("byte stream");
  }

  private static SQLException noSuchParameter(String what) {
    return SqlErrors.unsupported(what + " parameters (bind text, numbers, booleans or times)");
  }

  @Override public void clearParameters() throws SQLException { checkOpen(); parameters.clear(); }
  @Override public void setNull(int index, int sqlType) throws SQLException { throw ParameterValues.nullValue(); }
  @Override public void setNull(int index, int sqlType, String name) throws SQLException { throw nulls(); }
  @Override public void setBoolean(int index, boolean value) throws SQLException { set(index, value); }
  @Override public void setByte(int index, byte value) throws SQLException { set(index, value); }
  @Override public void setShort(int index, short value) throws SQLException { set(index, value); }
  @Override public void setInt(int index, int value) throws SQLException { set(index, value); }
  @Override public void setLong(int index, long value) throws SQLException { set(index, value); }
  @Override public void setFloat(int index, float value) throws SQLException { set(index, value); }
  @Override public void setDouble(int index, double value) throws SQLException { set(index, value); }
  @Override public void setBigDecimal(int index, BigDecimal value) throws SQLException { set(index, value); }
  @Override public void setString(int index, String value) throws SQLException { set(index, value); }
  @Override public void setNString(int index, String value) throws SQLException { set(index, value); }
  @Override public void setDate(int index, Date value) throws SQLException { set(index, value); }
  @Override public void setTimestamp(int index, Timestamp value) throws SQLException { set(index, value); }
  @Override public void setObject(int index, Object value) throws SQLException { set(index, value); }
  @Override public void setObject(int index, Object value, int type) throws SQLException { set(index, value, type); }
  @Override public void setCharacterStream(int index, Reader value) throws SQLException { setText(index, value); }
  @Override public void setNCharacterStream(int index, Reader value) throws SQLException { setText(index, value); }
  @Override public void setTime(int index, Time value) throws SQLException { throw times(); }
  @Override public void setBytes(int index, byte[] value) throws SQLException { throw noSuchParameter("binary"); }
  @Override public void setAsciiStream(int index, InputStream value) throws SQLException { throw streams(); }
  @Override public void setBinaryStream(int index, InputStream value) throws SQLException { throw streams(); }
  @Override public void setRef(int index, Ref value) throws SQLException { throw noSuchParameter("REF"); }
  @Override public void setBlob(int index, Blob value) throws SQLException { throw noSuchParameter("BLOB"); }
  @Override public void setBlob(int index, InputStream value) throws SQLException { throw noSuchParameter("BLOB"); }
  @Override public void setClob(int index, Clob value) throws SQLException { throw clobs(); }
  @Override public void setClob(int index, Reader value) throws SQLException { throw clobs(); }
  @Override public void setNClob(int index, NClob value) throws SQLException { throw nclobs(); }
  @Override public void setNClob(int index, Reader value) throws SQLException { throw nclobs(); }
  @Override public void setArray(int index, Array value) throws SQLException { throw noSuchParameter("ARRAY"); }
  @Override public void setURL(int index, URL value) throws SQLException { throw noSuchParameter("URL"); }
  @Override public void setRowId(int index, RowId value) throws SQLException { throw noSuchParameter("ROWID"); }
  @Override public void setSQLXML(int index, SQLXML value) throws SQLException { throw noSuchParameter("SQLXML"); }
  @Override public void setTime(int index, Time value, Calendar zone) throws SQLException { throw times(); }

  @Override
  public void setObject(int index, Object value, int type, int scale) throws SQLException {
    set(index, value, type);
  }
  @Override public void setCharacterStream(int index, Reader in, int length) throws SQLException { setText(index, in); }
  @Override public void setCharacterStream(int index, Reader in, long size) throws SQLException { setText(index, in); }
  @Override public void setNCharacterStream(int index, Reader in, long size) throws SQLException { setText(index, in); }
  @Override public void setAsciiStream(int index, InputStream in, int length) throws SQLException { throw streams(); }
  @Override public void setAsciiStream(int index, InputStream in, long length) throws SQLException { throw streams(); }
  @Override public void setBinaryStream(int index, InputStream in, int length) throws SQLException { throw streams(); }
  @Override public void setBinaryStream(int index, InputStream in, long length) throws SQLException { throw streams(); }
  @Override public void setBlob(int index, InputStream in, long length) throws SQLException { throw streams(); }
  @Override public void setClob(int index, Reader reader, long length) throws SQLException { throw clobs(); }
  @Override public void setNClob(int index, Reader reader, long length) throws SQLException { throw nclobs(); }

  @Override
  @Deprecated
  public void setUnicodeStream(int index, InputStream in, int length) throws SQLException {
    throw streams();
  }

  @Override
  public void setDate(int index, Date value, Calendar calendar) throws SQLException {
    if (value == null || calendar == null) {
      setDate(index, value);
      return;
    }
    bind(index, QueryParameter.timestamp(null, value.toInstant().atZone(calendar.getTimeZone().toZoneId())
        .toLocalDate().atStartOfDay()));
  }

  @Override
  public void setTimestamp(int index, Timestamp value, Calendar calendar) throws SQLException {
    if (value == null || calendar == null) {
      setTimestamp(index, value);
      return;
    }
    bind(index, QueryParameter.timestamp(null, LocalDateTime.ofInstant(value.toInstant(),
        calendar.getTimeZone().toZoneId())));
  }

  private void setText(int index, Reader reader) throws SQLException {
    set(index, read(reader));
  }

  private static String read(Reader reader) throws SQLException {
    if (reader == null) {
      throw ParameterValues.nullValue();
    }
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int count = reader.read(buffer); count >= 0; count = reader.read(buffer)) {
        text.append(buffer, 0, count);
      }
    } catch (IOException unreadable) {
      throw new SQLException("Cannot read the parameter's characters: " + unreadable.getMessage(), "HY000",
          unreadable);
    }
    return text.toString();
  }
}
