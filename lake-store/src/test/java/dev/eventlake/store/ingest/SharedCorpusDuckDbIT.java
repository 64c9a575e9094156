package dev.eventlake.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.store.storage.StorageConfig;
import dev.eventlake.store.storage.StoreFiles;
import dev.eventlake.store.testing.SharedData;
import dev.eventlake.store.testing.SourceRecords;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real shared corpus, then reads the store's files with DuckDB, an engine that shares no code with us. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedCorpusDuckDbIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir static Path dataDirectory;
  private StoreFiles store;
  private List<JsonNode> managementRecords;

  @BeforeAll
  void importCorpus() throws Exception {
    store = StoreFiles.open(dataDirectory.resolve("store"), StorageConfig.defaults(), Clock.systemUTC());
    new LogImporter(store, event -> event.eventCategory().equals("Management"), 250_000, Clock.systemUTC())
        .importPaths(List.of(SharedData.cloudTrailRecords()), ImportRange.ALL, ImportListener.NONE);
    managementRecords = SourceRecords.readAll(SharedData.cloudTrailRecords()).stream()
        .filter(record -> SourceRecords.category(record).equals("Management")).toList();
  }

  @Test
  void duckDbCountsExactlyTheManagementEvents() throws Exception {
    assertThat(managementRecords).hasSize(3748);
    assertThat(queryLong("SELECT count(*) FROM " + table())).isEqualTo(3748);
    assertThat(queryLong("SELECT count(DISTINCT eventCategory) FROM " + table())).isEqualTo(1);
  }

  @Test
  void eventJsonHoldsEveryOriginalRecordExactlyOnce() throws Exception {
    Map<JsonNode, Integer> expected = new HashMap<>();
    managementRecords.forEach(record -> expected.merge(record, 1, Integer::sum));
    Map<JsonNode, Integer> actual = new HashMap<>();
    for (String json : queryStrings("SELECT eventJson FROM " + table())) {
      actual.merge(MAPPER.readTree(json), 1, Integer::sum);
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void typedColumnsAgreeWithTheirRecords() throws Exception {
    String sql = "SELECT eventJson, eventName, eventSource, epoch_ms(eventTime), CAST(event_date AS VARCHAR),"
        + " userIdentity.arn, userIdentity.accessKeyId, readOnly, requestParameters['bucketName'],"
        + " len(resources), tlsDetails.tlsVersion, userIdentity.sessionContext.sessionIssuer.userName"
        + " FROM " + table();
    int checked = 0;
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        JsonNode record = MAPPER.readTree(rows.getString(1));
        Instant time = Instant.parse(record.get("eventTime").asText());
        assertThat(rows.getString(2)).isEqualTo(record.get("eventName").asText());
        assertThat(rows.getString(3)).isEqualTo(record.get("eventSource").asText());
        assertThat(rows.getLong(4)).isEqualTo(time.toEpochMilli());
        assertThat(rows.getString(5)).isEqualTo(time.atZone(ZoneOffset.UTC).toLocalDate().toString());
        assertThat(rows.getString(6)).isEqualTo(text(record.at("/userIdentity/arn")));
        // a few real records spell identity members in lower case; Lake columns are case-insensitive
        assertThat(rows.getString(7)).isEqualTo(text(path(record, "userIdentity", "accessKeyId")));
        assertThat(rows.getObject(8)).isEqualTo(readOnly(record));
        assertThat(rows.getString(9)).isEqualTo(text(record.at("/requestParameters/bucketName")));
        assertThat(rows.getObject(10) == null ? null : ((Number) rows.getObject(10)).intValue())
            .isEqualTo(record.get("resources") == null || !record.get("resources").isArray() ? null
                : countObjects(record.get("resources")));
        assertThat(rows.getString(11)).isEqualTo(text(record.at("/tlsDetails/tlsVersion")));
        assertThat(rows.getString(12)).isEqualTo(text(path(record, "userIdentity", "sessionContext", "sessionIssuer", "userName")));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(3748);
  }

  private static Boolean readOnly(JsonNode record) {
    JsonNode value = record.get("readOnly");
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isBoolean() ? value.booleanValue() : Boolean.valueOf(value.asText().toLowerCase());
  }

  private static JsonNode path(JsonNode record, String... names) {
    JsonNode node = record;
    for (String name : names) {
      node = memberIgnoringCase(node, name);
    }
    return node;
  }

  private static JsonNode memberIgnoringCase(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    if (object.has(name)) {
      return object.get(name);
    }
    var fields = object.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static int countObjects(JsonNode array) {
    int count = 0;
    for (JsonNode element : array) {
      count += element.isObject() ? 1 : 0;
    }
    return count;
  }

  private static String text(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private String table() {
    return "read_parquet('" + store.directory() + "/*/*.parquet', hive_partitioning = true)";
  }

  private long queryLong(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private List<String> queryStrings(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
