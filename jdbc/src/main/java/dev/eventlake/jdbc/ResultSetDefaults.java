package dev.eventlake.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * What every Eventlake result set shares apart from its values: getters by label that look the column up and read
 * it by index, a forward-only cursor, and refusals for LOBs, streams of bytes and SQL objects it never holds.
 */
abstract class ResultSetDefaults extends ResultSetUpdates {
  static SQLException forwardOnly() {
    return SqlErrors.unsupported("moving backwards or jumping in a result set (it is TYPE_FORWARD_ONLY)");
  }

  static SQLException noSuchValue(String what) {
    return SqlErrors.unsupported(what + " values (maps, arrays and rows arrive as JSON text)");
  }

  @Override public String getString(String label) throws SQLException { return getString(findColumn(label)); }
  @Override public boolean getBoolean(String label) throws SQLException { return getBoolean(findColumn(label)); }
  @Override public byte getByte(String label) throws SQLException { return getByte(findColumn(label)); }
  @Override public short getShort(String label) throws SQLException { return getShort(findColumn(label)); }
  @Override public int getInt(String label) throws SQLException { return getInt(findColumn(label)); }
  @Override public long getLong(String label) throws SQLException { return getLong(findColumn(label)); }
  @Override public float getFloat(String label) throws SQLException { return getFloat(findColumn(label)); }
  @Override public double getDouble(String label) throws SQLException { return getDouble(findColumn(label)); }
  @Override public byte[] getBytes(String label) throws SQLException { return getBytes(findColumn(label)); }
  @Override public Date getDate(String label) throws SQLException { return getDate(findColumn(label)); }
  @Override public Time getTime(String label) throws SQLException { return getTime(findColumn(label)); }
  @Override public Object getObject(String label) throws SQLException { return getObject(findColumn(label)); }
  @Override public String getNString(String label) throws SQLException { return getNString(findColumn(label)); }

  @Override
  public BigDecimal getBigDecimal(String label) throws SQLException {
    return getBigDecimal(findColumn(label));
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(String label, int scale) throws SQLException {
    return getBigDecimal(findColumn(label), scale);
  }

  @Override
  public Timestamp getTimestamp(String label) throws SQLException {
    return getTimestamp(findColumn(label));
  }

  @Override
  public Date getDate(String label, Calendar calendar) throws SQLException {
    return getDate(findColumn(label), calendar);
  }

  @Override
  public Time getTime(String label, Calendar calendar) throws SQLException {
    return getTime(findColumn(label), calendar);
  }

  @Override
  public Timestamp getTimestamp(String label, Calendar calendar) throws SQLException {
    return getTimestamp(findColumn(label), calendar);
  }

  @Override
  public Object getObject(String label, Map<String, Class<?>> map) throws SQLException {
    return getObject(findColumn(label), map);
  }

  @Override
  public <T> T getObject(String label, Class<T> type) throws SQLException {
    return getObject(findColumn(label), type);
  }

  @Override
  public Reader getCharacterStream(String label) throws SQLException {
    return getCharacterStream(findColumn(label));
  }

  @Override
  public Reader getNCharacterStream(String label) throws SQLException {
    return getNCharacterStream(findColumn(label));
  }

  @Override public InputStream getAsciiStream(int column) throws SQLException { throw noSuchValue("ASCII stream"); }
  @Override public InputStream getAsciiStream(String label) throws SQLException { throw noSuchValue("ASCII stream"); }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(int column) throws SQLException {
    throw noSuchValue("Unicode stream");
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(String label) throws SQLException {
    throw noSuchValue("Unicode stream");
  }

  @Override public InputStream getBinaryStream(int column) throws SQLException { throw noSuchValue("binary stream"); }
  @Override public InputStream getBinaryStream(String label) throws SQLException { throw noSuchValue("binary stream"); }
  @Override public Ref getRef(int column) throws SQLException { throw noSuchValue("REF"); }
  @Override public Ref getRef(String label) throws SQLException { throw noSuchValue("REF"); }
  @Override public Blob getBlob(int column) throws SQLException { throw noSuchValue("BLOB"); }
  @Override public Blob getBlob(String label) throws SQLException { throw noSuchValue("BLOB"); }
  @Override public Clob getClob(int column) throws SQLException { throw noSuchValue("CLOB"); }
  @Override public Clob getClob(String label) throws SQLException { throw noSuchValue("CLOB"); }
  @Override public NClob getNClob(int column) throws SQLException { throw noSuchValue("NCLOB"); }
  @Override public NClob getNClob(String label) throws SQLException { throw noSuchValue("NCLOB"); }
  @Override public Array getArray(int column) throws SQLException { throw noSuchValue("java.sql.Array"); }
  @Override public Array getArray(String label) throws SQLException { throw noSuchValue("java.sql.Array"); }
  @Override public URL getURL(int column) throws SQLException { throw noSuchValue("URL"); }
  @Override public URL getURL(String label) throws SQLException { throw noSuchValue("URL"); }
  @Override public RowId getRowId(int column) throws SQLException { throw noSuchValue("ROWID"); }
  @Override public RowId getRowId(String label) throws SQLException { throw noSuchValue("ROWID"); }
  @Override public SQLXML getSQLXML(int column) throws SQLException { throw noSuchValue("SQLXML"); }
  @Override public SQLXML getSQLXML(String label) throws SQLException { throw noSuchValue("SQLXML"); }

  @Override public boolean previous() throws SQLException { throw forwardOnly(); }
  @Override public boolean first() throws SQLException { throw forwardOnly(); }
  @Override public boolean last() throws SQLException { throw forwardOnly(); }
  @Override public boolean absolute(int row) throws SQLException { throw forwardOnly(); }
  @Override public boolean relative(int rows) throws SQLException { throw forwardOnly(); }
  @Override public void beforeFirst() throws SQLException { throw forwardOnly(); }
  @Override public void afterLast() throws SQLException { throw forwardOnly(); }
  @Override public String getCursorName() throws SQLException { throw SqlErrors.unsupported("named cursors"); }
  @Override public int getType() { return ResultSet.TYPE_FORWARD_ONLY; }
  @Override public int getConcurrency() { return ResultSet.CONCUR_READ_ONLY; }
  @Override public int getHoldability() { return ResultSet.HOLD_CURSORS_OVER_COMMIT; }
  @Override public int getFetchDirection() { return ResultSet.FETCH_FORWARD; }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    if (direction != ResultSet.FETCH_FORWARD) {
      throw forwardOnly();
    }
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("This result set is not a " + type.getName(), "HY000");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
