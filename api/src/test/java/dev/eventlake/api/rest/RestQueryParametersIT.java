package dev.eventlake.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.testing.SharedData;
import dev.eventlake.store.testing.SourceRecords;
import dev.eventlake.store.testing.TestLakes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed parameters of {@code POST /v1/queries}: {@code ?} values in order and {@code :name} values by name, bound by
 * the engine (a quote in a value stays data), and named InvalidParameterExceptions for values that do not fit.
 */
class RestQueryParametersIT {
  @TempDir
  static Path dataDirectory;
  private static RestServer server;
  private static RestClient admin;
  private static String storeId;

  @BeforeAll
  static void start() throws Exception {
    server = RestServer.start(dataDirectory, config -> config.withClock(TestLakes.BEFORE_CORPUS));
    admin = server.admin();
    storeId = server.server().lake().catalog().create(CreateStoreRequest.named("audit")).id();
    server.server().lake().importLogs(storeId, List.of(SharedData.cloudTrailRecords()), ImportRange.ALL,
        statistics -> { });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void bindsPositionalValuesByType() throws Exception {
    long expected = SourceRecords.readAll(SharedData.cloudTrailRecords()).stream()
        .filter(record -> SourceRecords.category(record).equals("Management"))
        .filter(record -> record.path("eventName").asText().equals("Decrypt")).count();
    String id = RestQueries.startToEnd(admin, "{\"sql\":\"SELECT COUNT(*) AS n FROM \\\"" + storeId + "\\\" WHERE"
        + " eventName = ? AND eventTime >= ? AND (readOnly = ? OR readOnly IS NULL OR NOT readOnly) AND ? > 0.5\","
        + "\"parameters\":[{\"type\":\"VARCHAR\",\"value\":\"Decrypt\"},"
        + "{\"type\":\"TIMESTAMP\",\"value\":\"2000-01-01 00:00:00\"},{\"type\":\"boolean\",\"value\":true},"
        + "{\"type\":\"DOUBLE\",\"value\":0.75}]}");
    assertThat(RestQueries.jsonRows(admin, id, 10).get(0).get(0).asLong()).isEqualTo(expected).isPositive();
  }

  @Test
  void bindsNamedValuesAndKeepsQuotesAsData() {
    String id = RestQueries.startToEnd(admin, "{\"sql\":\"SELECT eventName FROM \\\"" + storeId + "\\\" WHERE"
        + " eventName <> :skip OR eventName = :skip LIMIT :rows\",\"parameters\":["
        + "{\"name\":\"skip\",\"type\":\"VARCHAR\",\"value\":\"x' OR '1'='1\"},"
        + "{\"name\":\"rows\",\"type\":\"BIGINT\",\"value\":3}]}");
    assertThat(RestQueries.jsonRows(admin, id, 10)).hasSize(3);
    String none = RestQueries.startToEnd(admin, "{\"sql\":\"SELECT eventName FROM \\\"" + storeId + "\\\" WHERE"
        + " eventName = ?\",\"parameters\":[{\"type\":\"VARCHAR\",\"value\":\"x' OR '1'='1\"}]}");
    assertThat(RestQueries.jsonRows(admin, none, 10)).isEmpty();
  }

  @Test
  void refusesValuesThatDoNotFit() {
    String select = "{\"sql\":\"SELECT eventName FROM \\\"" + storeId + "\\\" WHERE eventName = ?\",\"parameters\":";
    expectInvalid(select + "[{\"type\":\"BIGINT\",\"value\":\"12\"}]}", "parameters[0]", "JSON integer");
    expectInvalid(select + "[{\"type\":\"VARCHAR\",\"value\":null}]}", "parameters[0].value", "IS NULL");
    expectInvalid(select + "[{\"type\":\"VARCHAR\"}]}", "parameters[0].value", "required");
    expectInvalid(select + "[{\"type\":\"BLOB\",\"value\":\"a\"}]}", "BLOB", "VARCHAR");
    expectInvalid(select + "[{\"value\":\"a\"}]}", "parameters[0].type", "required");
    expectInvalid(select + "[{\"type\":\"TIMESTAMP\",\"value\":\"yesterday\"}]}", "yesterday", "TIMESTAMP");
    expectInvalid(select + "[{\"type\":\"VARCHAR\",\"value\":\"a\"},{\"type\":\"VARCHAR\",\"value\":\"b\"}]}",
        "2 parameter values", "1 ?");
  }

  private static void expectInvalid(String body, String... fragments) {
    RestResponse response = admin.post("/v1/queries", body);
    assertThat(response.status()).as("%s", response).isEqualTo(400);
    assertThat(response.code()).isEqualTo("InvalidParameterException");
    JsonNode error = response.json();
    assertThat(error.get("message").asText()).contains(fragments);
  }
}
