package dev.eventlake.jdbc;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.NClob;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;

/**
 * The parts of {@link Connection} that an event lake answers the same way every time: read-only, no transactions
 * (auto-commit, with commit and rollback doing nothing), no catalogs or schemas, no stored procedures, savepoints or
 * large objects. Settings tools make out of habit (isolation, catalog, auto-commit off) are accepted and ignored.
 */
abstract class ConnectionDefaults implements Connection {
  private final Properties clientInfo = new Properties();
  private boolean autoCommit = true;

  abstract void checkOpen() throws SQLException;

  @Override public String nativeSQL(String sql) throws SQLException { checkOpen(); return sql; }
  @Override public void setAutoCommit(boolean value) throws SQLException { checkOpen(); autoCommit = value; }
  @Override public boolean getAutoCommit() throws SQLException { checkOpen(); return autoCommit; }
  @Override public void commit() throws SQLException { checkOpen(); }
  @Override public void rollback() throws SQLException { checkOpen(); }
  @Override public void setReadOnly(boolean readOnly) throws SQLException { checkOpen(); }
  @Override public boolean isReadOnly() throws SQLException { checkOpen(); return true; }
  @Override public void setCatalog(String catalog) throws SQLException { checkOpen(); }
  @Override public String getCatalog() throws SQLException { checkOpen(); return null; }
  @Override public void setSchema(String schema) throws SQLException { checkOpen(); }
  @Override public String getSchema() throws SQLException { checkOpen(); return null; }
  @Override public void setTransactionIsolation(int level) throws SQLException { checkOpen(); }
  @Override public int getTransactionIsolation() throws SQLException { checkOpen(); return TRANSACTION_NONE; }
  @Override public Map<String, Class<?>> getTypeMap() throws SQLException { checkOpen(); return Map.of(); }
  @Override public void setTypeMap(Map<String, Class<?>> map) throws SQLException { checkOpen(); }
  @Override public void setHoldability(int holdability) throws SQLException { checkOpen(); }
  @Override public int getHoldability() throws SQLException { checkOpen(); return ResultSet.HOLD_CURSORS_OVER_COMMIT; }
  @Override public Savepoint setSavepoint() throws SQLException { throw noSavepoints(); }
  @Override public Savepoint setSavepoint(String name) throws SQLException { throw noSavepoints(); }
  @Override public void rollback(Savepoint savepoint) throws SQLException { throw noSavepoints(); }
  @Override public void releaseSavepoint(Savepoint point) throws SQLException { throw noSavepoints(); }
  @Override public Clob createClob() throws SQLException { throw SqlErrors.unsupported("CLOB values"); }
  @Override public Blob createBlob() throws SQLException { throw SqlErrors.unsupported("BLOB values"); }
  @Override public NClob createNClob() throws SQLException { throw SqlErrors.unsupported("NCLOB values"); }
  @Override public SQLXML createSQLXML() throws SQLException { throw SqlErrors.unsupported("SQLXML values"); }

  private static SQLException noSavepoints() {
    return SqlErrors.unsupported("savepoints (it has no transactions)");
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    checkOpen();
    return clientInfo.getProperty(name);
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    checkOpen();
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    return copy;
  }

  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    clientInfo.clear();
    clientInfo.putAll(properties);
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    throw SqlErrors.unsupported("stored procedures");
  }

  @Override
  public CallableStatement prepareCall(String sql, int type, int concurrency) throws SQLException {
    throw SqlErrors.unsupported("stored procedures");
  }

  @Override
  public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability) throws SQLException {
    throw SqlErrors.unsupported("stored procedures");
  }

  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    throw SqlErrors.unsupported("java.sql.Array values");
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    throw SqlErrors.unsupported("java.sql.Struct values");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("This connection is not a " + type.getName(), "HY000");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
