package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.client.EventlakeClient;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What the server holds, for tools: each queryable store is a table (no catalog, no schema) whose columns are the
 * Lake schema of its category; {@code getTypeInfo} lists the SQL types. Keys, indexes, privileges, procedures and
 * user types do not exist here: those calls answer with empty result sets of the documented columns.
 */
public final class EventlakeDatabaseMetaData extends DatabaseMetaDataDefaults {
  private static final DriverVersion VERSION = DriverVersion.current();
  private final EventlakeConnection connection;
  private final StoreTables tables;

  EventlakeDatabaseMetaData(EventlakeConnection connection, EventlakeClient client) {
    this.connection = connection;
    this.tables = new StoreTables(client);
  }

  private ResultSet results(MetaDataTable table, List<List<JsonNode>> rows) throws SQLException {
    connection.checkOpen();
    return new ListResultSet(null, table.columns(), rows);
  }

  private ResultSet empty(MetaDataTable table) throws SQLException {
    return results(table, List.of());
  }

  @Override
  public ResultSet getTables(String catalog, String schemaPattern, String tablePattern, String[] types)
      throws SQLException {
    boolean keep = MetaDataRows.keepsNoNamespace(catalog, schemaPattern) && MetaDataRows.asksForTables(types);
    return results(MetaDataTable.TABLES, keep ? tables.tableRows(tablePattern) : List.of());
  }

  @Override
  public ResultSet getColumns(String catalog, String schemaPattern, String tablePattern, String columnPattern)
      throws SQLException {
    boolean keep = MetaDataRows.keepsNoNamespace(catalog, schemaPattern);
    return results(MetaDataTable.COLUMNS, keep ? tables.columnRows(tablePattern, columnPattern) : List.of());
  }

  @Override
  public ResultSet getTableTypes() throws SQLException {
    return results(MetaDataTable.TABLE_TYPES, List.of(MetaDataRows.row("TABLE")));
  }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    return results(MetaDataTable.TYPE_INFO, TypeInfoRows.rows());
  }

  @Override public ResultSet getCatalogs() throws SQLException { return empty(MetaDataTable.CATALOGS); }
  @Override public ResultSet getSchemas() throws SQLException { return empty(MetaDataTable.SCHEMAS); }
  @Override public ResultSet getSchemas(String catalog, String pattern) throws SQLException { return getSchemas(); }

  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    return empty(MetaDataTable.CLIENT_INFO_PROPERTIES);
  }

  @Override
  public ResultSet getProcedures(String catalog, String schema, String name) throws SQLException {
    return empty(MetaDataTable.PROCEDURES);
  }

  @Override
  public ResultSet getProcedureColumns(String catalog, String schema, String name, String column) throws SQLException {
    return empty(MetaDataTable.PROCEDURE_COLUMNS);
  }

  @Override
  public ResultSet getColumnPrivileges(String catalog, String schema, String table, String column) throws SQLException {
    return empty(MetaDataTable.COLUMN_PRIVILEGES);
  }

  @Override
  public ResultSet getTablePrivileges(String catalog, String schema, String table) throws SQLException {
    return empty(MetaDataTable.TABLE_PRIVILEGES);
  }

  @Override
  public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable)
      throws SQLException {
    return empty(MetaDataTable.ROW_IDENTIFIERS);
  }

  @Override
  public ResultSet getVersionColumns(String catalog, String schema, String table) throws SQLException {
    return empty(MetaDataTable.ROW_IDENTIFIERS);
  }

  @Override
  public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
    return empty(MetaDataTable.PRIMARY_KEYS);
  }

  @Override
  public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
    return empty(MetaDataTable.FOREIGN_KEYS);
  }

  @Override
  public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
    return empty(MetaDataTable.FOREIGN_KEYS);
  }

  @Override
  public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
      String foreignCatalog, String foreignSchema, String foreignTable)
      throws SQLException {
    return empty(MetaDataTable.FOREIGN_KEYS);
  }

  @Override
  public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
      throws SQLException {
    return empty(MetaDataTable.INDEX_INFO);
  }

  @Override
  public ResultSet getUDTs(String catalog, String schema, String type, int[] types) throws SQLException {
    return empty(MetaDataTable.USER_TYPES);
  }

  @Override
  public ResultSet getSuperTypes(String catalog, String schema, String type) throws SQLException {
    return empty(MetaDataTable.SUPER_TYPES);
  }

  @Override
  public ResultSet getSuperTables(String catalog, String schema, String table) throws SQLException {
    return empty(MetaDataTable.SUPER_TABLES);
  }

  @Override
  public ResultSet getAttributes(String catalog, String schema, String type, String attribute) throws SQLException {
    return empty(MetaDataTable.ATTRIBUTES);
  }

  @Override
  public ResultSet getFunctions(String catalog, String schema, String function) throws SQLException {
    return empty(MetaDataTable.FUNCTIONS);
  }

  @Override
  public ResultSet getFunctionColumns(String catalog, String schema, String function, String column)
      throws SQLException {
    return empty(MetaDataTable.FUNCTION_COLUMNS);
  }

  @Override
  public ResultSet getPseudoColumns(String catalog, String schema, String table, String column) throws SQLException {
    return empty(MetaDataTable.PSEUDO_COLUMNS);
  }

  @Override public Connection getConnection() { return connection; }
  @Override public String getURL() { return connection.url(); }
  @Override public String getUserName() { return connection.user(); }
  @Override public String getDatabaseProductName() { return DriverVersion.PRODUCT_NAME; }
  @Override public String getDatabaseProductVersion() { return VERSION.text(); }
  @Override public int getDatabaseMajorVersion() { return VERSION.major(); }
  @Override public int getDatabaseMinorVersion() { return VERSION.minor(); }
  @Override public String getDriverName() { return DriverVersion.DRIVER_NAME; }
  @Override public String getDriverVersion() { return VERSION.text(); }
  @Override public int getDriverMajorVersion() { return VERSION.major(); }
  @Override public int getDriverMinorVersion() { return VERSION.minor(); }
}
