package dev.eventlake.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DatabaseMetaData against a live server: stores as tables with their name and category as remarks, their Lake
 * columns by category with nested fields, no catalogs or schemas, type info, and empty answers for what does not
 * apply.
 */
class JdbcMetaDataIT {
  @TempDir
  static Path dataDirectory;
  private static LiveServer server;
  private static Connection connection;
  private static DatabaseMetaData metadata;

  @BeforeAll
  static void start() throws SQLException {
    server = LiveServer.start(dataDirectory);
    connection = server.connect();
    metadata = connection.getMetaData();
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    server.close();
  }

  @Test
  void listsQueryableStoresAsTables() throws SQLException {
    List<Map<String, Object>> tables = rows(metadata.getTables(null, null, "%", null));
    assertThat(tables).extracting(table -> table.get("TABLE_NAME"))
        .containsExactlyInAnyOrder(server.audit().id(), server.activity().id());
    Map<String, Object> audit = tables.stream().filter(table -> table.get("TABLE_NAME").equals(server.audit().id()))
        .findFirst().orElseThrow();
    assertThat(audit).containsEntry("TABLE_TYPE", "TABLE").containsEntry("TABLE_CAT", null)
        .containsEntry("TABLE_SCHEM", null).containsEntry("REMARKS", "audit (Management)");
    assertThat(rows(metadata.getTables(null, null, server.activity().id(), new String[] {"TABLE"})))
        .extracting(table -> table.get("REMARKS")).containsExactly("partner-events (ActivityAuditLog)");
    assertThat(rows(metadata.getTables(null, null, "%", new String[] {"VIEW"}))).isEmpty();
    assertThat(rows(metadata.getTables("lake", null, "%", null))).isEmpty();
    assertThat(rows(metadata.getTables(null, "", server.audit().id().substring(0, 8) + "%", null))).hasSize(1);
  }

  @Test
  void describesTheLakeColumnsOfEachStoreWithNestedFields() throws SQLException {
    Map<String, Map<String, Object>> columns = byName(metadata.getColumns(null, null, server.audit().id(), "%"));
    assertThat(columns.get("eventTime")).containsEntry("DATA_TYPE", Types.TIMESTAMP)
        .containsEntry("TYPE_NAME", "TIMESTAMP(3)").containsEntry("IS_NULLABLE", "NO");
    assertThat(columns.get("readOnly")).containsEntry("DATA_TYPE", Types.BOOLEAN);
    assertThat(columns.get("requestParameters")).containsEntry("TYPE_NAME", "MAP(VARCHAR, VARCHAR)")
        .containsEntry("DATA_TYPE", Types.VARCHAR);
    assertThat((String) columns.get("userIdentity").get("TYPE_NAME")).startsWith("ROW(type VARCHAR, ");
    assertThat((String) columns.get("resources").get("TYPE_NAME")).startsWith("ARRAY(ROW(accountId VARCHAR");
    assertThat(columns.get("userIdentity.arn")).containsEntry("DATA_TYPE", Types.VARCHAR)
        .containsEntry("REMARKS", "field of userIdentity").containsEntry("IS_NULLABLE", "YES");
    assertThat(columns).containsKeys("userIdentity.sessionContext.sessionIssuer.userName", "tlsDetails.tlsVersion");
    assertThat(columns).doesNotContainKeys("eventData", "metadata");
    List<Integer> positions = columns.values().stream().map(column -> (Integer) column.get("ORDINAL_POSITION"))
        .toList();
    assertThat(positions).isSorted().doesNotHaveDuplicates().startsWith(1);

    Map<String, Map<String, Object>> activity = byName(metadata.getColumns(null, null, server.activity().id(),
        null));
    assertThat(activity).containsKeys("eventData", "eventData.userIdentity.principalId", "metadata.channelARN")
        .doesNotContainKeys("userIdentity", "requestParameters");
    assertThat(byName(metadata.getColumns(null, null, "%", "userIdentity.a%")).keySet())
        .containsExactlyInAnyOrder("userIdentity.arn", "userIdentity.accountId", "userIdentity.accessKeyId");
  }

  @Test
  void hasNoCatalogsOrSchemasAndOneTableType() throws SQLException {
    assertThat(rows(metadata.getCatalogs())).isEmpty();
    assertThat(rows(metadata.getSchemas())).isEmpty();
    assertThat(rows(metadata.getSchemas(null, "%"))).isEmpty();
    assertThat(rows(metadata.getTableTypes())).extracting(type -> type.get("TABLE_TYPE")).containsExactly("TABLE");
    assertThat(connection.getCatalog()).isNull();
    assertThat(connection.getSchema()).isNull();
  }

  @Test
  void namesTheProductDriverAndTypes() throws SQLException {
    assertThat(metadata.getDatabaseProductName()).isEqualTo("Eventlake");
    assertThat(metadata.getDatabaseProductVersion()).isEqualTo(metadata.getDriverVersion()).isNotBlank()
        .startsWith(metadata.getDatabaseMajorVersion() + "." + metadata.getDatabaseMinorVersion());
    assertThat(metadata.getDriverName()).isEqualTo("Eventlake JDBC Driver");
    assertThat(metadata.getURL()).isEqualTo(server.url());
    assertThat(metadata.getUserName()).isEqualTo(LiveServer.ADMIN_ID);
    assertThat(metadata.isReadOnly()).isTrue();
    assertThat(metadata.supportsTransactions()).isFalse();
    assertThat(metadata.getIdentifierQuoteString()).isEqualTo("\"");
    List<Map<String, Object>> types = rows(metadata.getTypeInfo());
    assertThat(types).extracting(type -> type.get("TYPE_NAME"))
        .contains("VARCHAR", "BOOLEAN", "BIGINT", "DOUBLE", "DECIMAL", "TIMESTAMP", "ROW", "MAP", "ARRAY");
    assertThat(types).extracting(type -> (Integer) type.get("DATA_TYPE")).isSorted();
  }

  @Test
  void answersWhatDoesNotApplyWithEmptyResultsOfTheDocumentedColumns() throws SQLException {
    String table = server.audit().id();
    assertThat(labels(metadata.getPrimaryKeys(null, null, table)))
        .containsExactly("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
    assertThat(labels(metadata.getImportedKeys(null, null, table))).hasSize(14).contains("FKCOLUMN_NAME");
    assertThat(labels(metadata.getIndexInfo(null, null, table, false, true))).contains("NON_UNIQUE", "INDEX_NAME");
    assertThat(labels(metadata.getProcedures(null, null, "%"))).contains("PROCEDURE_NAME");
    assertThat(labels(metadata.getFunctions(null, null, "%"))).contains("FUNCTION_NAME");
    for (ResultSet empty : List.of(metadata.getPrimaryKeys(null, null, table), metadata.getExportedKeys(null, null,
        table), metadata.getCrossReference(null, null, table, null, null, table), metadata.getTablePrivileges(null,
        null, "%"), metadata.getColumnPrivileges(null, null, table, "%"), metadata.getBestRowIdentifier(null, null,
        table, DatabaseMetaData.bestRowSession, true), metadata.getVersionColumns(null, null, table),
        metadata.getUDTs(null, null, "%", null), metadata.getSuperTypes(null, null, "%"), metadata.getSuperTables(null,
        null, "%"), metadata.getAttributes(null, null, "%", "%"), metadata.getClientInfoProperties(),
        metadata.getProcedureColumns(null, null, "%", "%"), metadata.getFunctionColumns(null, null, "%", "%"),
        metadata.getPseudoColumns(null, null, "%", "%"))) {
      assertThat(empty.next()).isFalse();
    }
  }

  /** Every row of {@code results} as label → value, in order. */
  private static List<Map<String, Object>> rows(ResultSet results) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (results) {
      ResultSetMetaData columns = results.getMetaData();
      while (results.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
          row.put(columns.getColumnLabel(column), results.getObject(column));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static Map<String, Map<String, Object>> byName(ResultSet columns) throws SQLException {
    Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
    rows(columns).forEach(row -> byName.put((String) row.get("COLUMN_NAME"), row));
    return byName;
  }

  private static List<String> labels(ResultSet results) throws SQLException {
    List<String> labels = new ArrayList<>();
    try (results) {
      for (int column = 1; column <= results.getMetaData().getColumnCount(); column++) {
        labels.add(results.getMetaData().getColumnLabel(column));
      }
    }
    return labels;
  }
}
