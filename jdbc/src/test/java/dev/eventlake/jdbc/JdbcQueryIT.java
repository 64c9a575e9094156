package dev.eventlake.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements against a live server holding the shared corpus: typed values checked against the corpus read with
 * plain Jackson, nested columns, JSON text for maps, arrays and rows, result metadata, paging, NULLs and errors.
 */
class JdbcQueryIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  static Path dataDirectory;
  private static LiveServer server;
  private static Connection connection;
  private static String table;

  @BeforeAll
  static void start() throws SQLException {
    server = LiveServer.start(dataDirectory);
    connection = server.connect();
    table = "\"" + server.audit().id() + "\"";
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    server.close();
  }

  @Test
  void readsTypedAndNestedValuesAsTheCorpusHasThem() throws Exception {
    JsonNode event = CorpusRecords.richManagementEvent();
    try (Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery("SELECT eventID, eventTime, eventName, readOnly, userIdentity.arn,"
            + " userIdentity, requestParameters, resources FROM " + table + " WHERE eventID = '"
            + event.get("eventID").asText() + "'")) {
      assertThat(results.next()).isTrue();
      Instant eventTime = Instant.parse(event.get("eventTime").asText());
      assertThat(results.getTimestamp("eventTime"))
          .isEqualTo(Timestamp.valueOf(LocalDateTime.ofInstant(eventTime, ZoneOffset.UTC)));
      assertThat(results.getTimestamp(2, Calendar.getInstance(TimeZone.getTimeZone("UTC"))).toInstant())
          .isEqualTo(eventTime);
      assertThat(results.getObject(2, Instant.class)).isEqualTo(eventTime);
      assertThat(results.getObject(2, OffsetDateTime.class).toInstant()).isEqualTo(eventTime);
      assertThat(results.getString(2)).isEqualTo(JsonValues.TIMESTAMP_TEXT.format(
          LocalDateTime.ofInstant(eventTime, ZoneOffset.UTC)));
      assertThat(results.getString("eventName")).isEqualTo(event.get("eventName").asText());
      assertThat(results.getObject("readOnly")).isEqualTo(event.get("readOnly").booleanValue());
      assertThat(results.getString("arn")).isEqualTo(event.get("userIdentity").get("arn").asText());
      JsonNode identity = JSON.readTree(results.getString("userIdentity"));
      assertThat(identity.get("arn").asText()).isEqualTo(event.get("userIdentity").get("arn").asText());
      assertThat(identity.get("type").asText()).isEqualTo(event.get("userIdentity").get("type").asText());
      JsonNode parameters = JSON.readTree(results.getString("requestParameters"));
      String key = event.get("requestParameters").fieldNames().next();
      assertThat(parameters.has(key)).as("requestParameters %s", parameters).isTrue();
      JsonNode resources = JSON.readTree((String) results.getObject("resources"));
      assertThat(resources.isArray()).isTrue();
      assertThat(resources.get(0).get("ARN").asText()).isEqualTo(event.get("resources").get(0).get("ARN").asText());
      assertThat(results.next()).isFalse();
    }
  }

  @Test
  void describesResultColumnsWithJdbcTypes() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery("SELECT eventTime, readOnly, eventName, userIdentity,"
            + " requestParameters, resources, CAST(3 AS BIGINT) AS n, CAST(2.50 AS DECIMAL(10, 2)) AS price,"
            + " CAST(0.5 AS DOUBLE) AS half, CAST(7 AS INTEGER) AS seven FROM " + table + " LIMIT 1")) {
      ResultSetMetaData metadata = results.getMetaData();
      assertThat(metadata.getColumnCount()).isEqualTo(10);
      int[] types = {Types.TIMESTAMP, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
          Types.BIGINT, Types.DECIMAL, Types.DOUBLE, Types.INTEGER};
      String[] names = {"TIMESTAMP", "BOOLEAN", "VARCHAR", "ROW", "MAP", "ARRAY", "BIGINT", "DECIMAL", "DOUBLE",
          "INTEGER"};
      for (int column = 1; column <= types.length; column++) {
        assertThat(metadata.getColumnType(column)).as(metadata.getColumnLabel(column)).isEqualTo(types[column - 1]);
        assertThat(metadata.getColumnTypeName(column)).isEqualTo(names[column - 1]);
      }
      assertThat(metadata.getColumnLabel(7)).isEqualTo("n");
      assertThat(metadata.getColumnClassName(1)).isEqualTo(Timestamp.class.getName());
      assertThat(metadata.getColumnClassName(4)).isEqualTo(String.class.getName());
      assertThat(metadata.getPrecision(8)).isEqualTo(10);
      assertThat(metadata.getScale(8)).isEqualTo(2);
      assertThat(metadata.isSigned(9)).isTrue();
      assertThat(results.next()).isTrue();
      assertThat(results.getObject("n")).isInstanceOf(Long.class);
      assertThat(results.getObject("price")).isEqualTo(new BigDecimal("2.50"));
      assertThat(results.getString("price")).isEqualTo("2.50");
      assertThat(results.getObject("half")).isEqualTo(0.5);
      assertThat(results.getObject("seven")).isEqualTo(7);
      assertThat(results.getInt("n")).isEqualTo(3);
      assertThat(results.getLong("n")).isEqualTo(3L);
    }
  }

  @Test
  void pagesThroughLargeResultsAndCountsLikeTheCorpus() throws Exception {
    Map<String, Long> expected = CorpusRecords.managementEventsByName();
    Map<String, Long> counted = new HashMap<>();
    long rows = 0;
    try (Connection smallPages = server.connect("pageSize=7");
        Statement statement = smallPages.createStatement();
        ResultSet results = statement.executeQuery("SELECT eventName FROM " + table)) {
      while (results.next()) {
        counted.merge(results.getString(1), 1L, Long::sum);
        rows++;
        assertThat(results.getRow()).isEqualTo(rows);
      }
      assertThat(results.isAfterLast()).isTrue();
    }
    assertThat(counted).isEqualTo(expected);
    assertThat(rows).isGreaterThan(1000);
  }

  @Test
  void fetchSizeAndMaxRowsShapeReading() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(3);
      statement.setMaxRows(10);
      int rows = 0;
      String previous = "";
      try (ResultSet results = statement.executeQuery("SELECT eventID FROM " + table + " ORDER BY eventID")) {
        while (results.next()) {
          assertThat(results.getString(1)).isGreaterThanOrEqualTo(previous);
          previous = results.getString(1);
          rows++;
        }
      }
      assertThat(rows).isEqualTo(10);
      assertThat(statement.getMaxRows()).isEqualTo(10);
    }
  }

  @Test
  void readsNullsAndEmptyResults() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery("SELECT errorCode, CAST(NULL AS BIGINT) AS nothing FROM " + table
            + " WHERE errorCode IS NULL LIMIT 1")) {
      assertThat(results.next()).isTrue();
      assertThat(results.getString(1)).isNull();
      assertThat(results.wasNull()).isTrue();
      assertThat(results.getLong("nothing")).isZero();
      assertThat(results.wasNull()).isTrue();
      assertThat(results.getObject("nothing")).isNull();
    }
    try (Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery("SELECT eventID FROM " + table + " WHERE 1 = 0")) {
      assertThat(results.isBeforeFirst()).isFalse();
      assertThat(results.next()).isFalse();
      assertThat(results.getMetaData().getColumnLabel(1)).isEqualTo("eventID");
    }
  }

  @Test
  void reportsBadQueriesWithTheCloudTrailErrorName() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("SELEC eventID FROM " + table))
          .isInstanceOf(SQLSyntaxErrorException.class)
          .hasMessageStartingWith("InvalidQueryStatementException: ")
          .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("42000");
      assertThatThrownBy(() -> statement.executeQuery("SELECT eventID FROM no_such_store"))
          .isInstanceOf(SQLSyntaxErrorException.class)
          .hasMessageStartingWith("EventDataStoreNotFoundException: ");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM " + table))
          .hasMessageContaining("read-only");
      ResultSet stillUsable = statement.executeQuery("SELECT COUNT(*) FROM " + table);
      assertThat(stillUsable.next()).isTrue();
    }
  }

  @Test
  void runsEachStatementAsAQueryListedForItsStore() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT eventSource, COUNT(*) FROM " + table + " GROUP BY eventSource").close();
      String queryId = statement.unwrap(EventlakeStatement.class).getQueryId();
      assertThat(queryId).isNotNull();
      assertThat(server.adminClient().storeQueries(server.audit().id()))
          .anySatisfy(query -> assertThat(query.id()).isEqualTo(queryId));
      assertThat(server.adminClient().describeQuery(queryId).status()).isEqualTo("FINISHED");
    }
  }
}
