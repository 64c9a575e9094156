package dev.eventlake.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.store.testing.SharedData;
import dev.eventlake.store.testing.TestLakes;
import dev.eventlake.store.testing.SourceRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole REST session against a real server, every response checked against the OpenAPI document: stores, live
 * ingestion of the shared corpus, a query paged as JSON and CSV and streamed as Arrow, cancel, delete and restore.
 * The server runs on a clock before the corpus (HTTP Basic needs no real time), so retention hides none of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestSessionIT {
  @TempDir
  static Path dataDirectory;
  private static RestServer server;
  private static RestClient admin;
  private static String auditId;
  private static String s3Id;
  private static long auditEvents;

  @BeforeAll
  static void start() {
    server = RestServer.start(dataDirectory, config -> config.withClock(TestLakes.BEFORE_CORPUS));
    admin = server.admin();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @Order(1)
  void createsAndListsStores() {
    RestResponse created = admin.post("/v1/stores", "{\"name\":\"audit\",\"retentionPeriod\":90,"
        + "\"terminationProtectionEnabled\":false,\"tags\":[{\"key\":\"team\",\"value\":\"security\"}]}");
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    auditId = created.json().get("id").asText();
    assertThat(created.header("Location")).isEqualTo("/v1/stores/" + auditId);
    assertThat(created.json().get("status").asText()).isEqualTo("ENABLED");
    assertThat(created.json().get("tags").get(0).get("value").asText()).isEqualTo("security");
    RestResponse s3 = admin.post("/v1/stores", "{\"name\":\"s3-management\",\"advancedEventSelectors\":[{\"name\":"
        + "\"s3\",\"fieldSelectors\":[{\"field\":\"eventCategory\",\"equals\":[\"Management\"]},"
        + "{\"field\":\"eventSource\",\"equals\":[\"s3.amazonaws.com\"]}]}]}");
    assertThat(s3.status()).as("%s", s3).isEqualTo(201);
    s3Id = s3.json().get("id").asText();

    RestResponse first = admin.get("/v1/stores?maxResults=1");
    assertThat(first.json().get("stores")).hasSize(1);
    RestResponse second = admin.get("/v1/stores?maxResults=1&nextToken=" + first.json().get("nextToken").asText());
    assertThat(second.json().get("stores").get(0).get("name").asText()).isEqualTo("s3-management");
    assertThat(second.json().has("nextToken")).isFalse();
    assertThat(admin.get("/v1/stores/audit").json().get("id").asText()).isEqualTo(auditId);
    String arn = created.json().get("arn").asText();
    RestResponse byArn = admin.get("/v1/stores/" + java.net.URLEncoder.encode(arn, StandardCharsets.UTF_8));
    assertThat(byArn.status()).as("%s", byArn).isEqualTo(200);
    assertThat(byArn.json().get("id").asText()).isEqualTo(auditId);
  }

  @Test
  @Order(2)
  void ingestsTheSharedCorpusFileByFile() throws Exception {
    List<JsonNode> records = SourceRecords.readAll(SharedData.cloudTrailRecords());
    long management = records.stream().filter(record -> SourceRecords.category(record).equals("Management")).count();
    long s3 = records.stream().filter(record -> SourceRecords.category(record).equals("Management")
        && record.path("eventSource").asText().equals("s3.amazonaws.com")).count();
    long accepted = 0;
    Map<String, Long> stored = new java.util.HashMap<>();
    try (Stream<Path> files = Files.walk(SharedData.cloudTrailRecords())) {
      for (Path file : files.filter(RestSessionIT::isLog).sorted().toList()) {
        RestResponse response = admin.send("POST", "/v1/events", Files.readAllBytes(file), headersFor(file));
        assertThat(response.status()).as("%s: %s", file, response).isEqualTo(200);
        assertThat(response.json().get("rejected").asInt()).as("%s", file).isZero();
        accepted += response.json().get("accepted").asLong();
        response.json().get("stores").forEach(store -> stored.merge(store.get("id").asText(),
            store.get("events").asLong(), Long::sum));
      }
    }
    assertThat(accepted).isEqualTo(records.size());
    assertThat(stored).containsEntry(auditId, management).containsEntry(s3Id, s3);
    assertThat(s3).isPositive().isLessThan(management);
    auditEvents = management;
  }

  @Test
  @Order(3)
  void pagesResultsAsJsonAndCsvAndStreamsArrow() throws Exception {
    String id = RestQueries.runToEnd(admin, "SELECT eventSource, COUNT(*) AS n, MIN(eventTime) AS first FROM "
        + auditId + " GROUP BY eventSource ORDER BY n DESC, eventSource");
    List<List<JsonNode>> json = RestQueries.jsonRows(admin, id, 7);
    assertThat(json).isNotEmpty();
    assertThat(json.get(0).get(1).isIntegralNumber()).isTrue();
    assertThat(java.time.Instant.parse(json.get(0).get(2).asText())).isNotNull();
    assertThat(json.stream().mapToLong(row -> row.get(1).asLong()).sum()).isEqualTo(auditEvents);
    List<List<String>> csv = RestQueries.csvRows(admin, id, 7);
    assertThat(csv.get(0)).containsExactly("eventSource", "n", "first");
    assertThat(csv.subList(1, csv.size())).hasSameSizeAs(json);
    for (int index = 0; index < json.size(); index++) {
      assertThat(csv.get(index + 1)).containsExactly(json.get(index).get(0).asText(),
          json.get(index).get(1).asText(), json.get(index).get(2).asText());
    }
    RestResponse arrow = admin.get("/v1/queries/" + id + "/results", "application/vnd.apache.arrow.stream");
    assertThat(arrow.status()).isEqualTo(200);
    assertThat(RestQueries.arrowRowCount(arrow.body(), List.of("eventSource", "n", "first"))).isEqualTo(json.size());
  }

  @Test
  @Order(4)
  void writesNestedValuesAsJson() {
    String id = RestQueries.runToEnd(admin, "SELECT eventID, readOnly, userIdentity, requestParameters FROM "
        + auditId + " WHERE eventName = 'GetBucketAcl' AND requestParameters IS NOT NULL LIMIT 3");
    List<List<JsonNode>> rows = RestQueries.jsonRows(admin, id, 1000);
    assertThat(rows).isNotEmpty();
    for (List<JsonNode> row : rows) {
      assertThat(row.get(1).isBoolean()).as("readOnly %s", row.get(1)).isTrue();
      assertThat(row.get(2).isObject()).as("userIdentity %s", row.get(2)).isTrue();
      assertThat(row.get(2).has("type")).isTrue();
      assertThat(row.get(3).isObject()).as("requestParameters %s", row.get(3)).isTrue();
      assertThat(row.get(3).has("bucketName")).isTrue();
    }
  }

  @Test
  @Order(5)
  void cancelsARunningQuery() {
    RestResponse started = admin.post("/v1/queries", "{\"sql\":\"SELECT COUNT(*) FROM " + auditId + " a JOIN "
        + auditId + " b ON regexp_like(a.eventID || b.eventID || a.eventID, '^(.*)x')\"}");
    assertThat(started.status()).as("%s", started).isEqualTo(202);
    String id = started.json().get("id").asText();
    assertThat(started.header("Location")).isEqualTo("/v1/queries/" + id);
    RestResponse cancelled = admin.post("/v1/queries/" + id + "/cancel", null);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(admin.post("/v1/queries/" + id + "/cancel", null).code()).isEqualTo("InactiveQueryException");
    RestResponse csv = admin.get("/v1/queries/" + id + "/results", "text/csv");
    assertThat(csv.status()).isEqualTo(400);
    assertThat(csv.code()).isEqualTo("InvalidQueryStatusException");
    JsonNode list = admin.get("/v1/stores/audit/queries?status=CANCELLED").json().get("queries");
    assertThat(list).extracting(query -> query.get("id").asText()).containsExactly(id);
    assertThat(admin.get("/v1/stores/" + auditId + "/queries?maxResults=1").json().get("queries")).hasSize(1);
  }

  @Test
  @Order(6)
  void stopsStartsUpdatesDeletesAndRestoresAStore() {
    assertThat(admin.post("/v1/stores/audit/ingestion/stop", null).json().get("status").asText())
        .isEqualTo("STOPPED_INGESTION");
    RestResponse ingested = admin.send("POST", "/v1/events", RestQueries.record("s3.amazonaws.com", "ListBuckets"),
        Map.of("Content-Type", "application/x-ndjson"));
    assertThat(ingested.json().get("stores")).extracting(store -> store.get("id").asText()).containsExactly(s3Id);
    assertThat(admin.post("/v1/stores/audit/ingestion/start", null).json().get("status").asText())
        .isEqualTo("ENABLED");
    RestResponse renamed = admin.patch("/v1/stores/audit", "{\"name\":\"audit-2\",\"retentionPeriod\":30}");
    assertThat(renamed.json().get("name").asText()).isEqualTo("audit-2");
    assertThat(renamed.json().get("retentionPeriod").asInt()).isEqualTo(30);
    RestResponse deleted = admin.delete("/v1/stores/audit-2");
    assertThat(deleted.json().get("status").asText()).isEqualTo("PENDING_DELETION");
    assertThat(deleted.json().has("pendingDeletionSince")).isTrue();
    assertThat(admin.post("/v1/queries", "{\"sql\":\"SELECT eventID FROM " + auditId + "\"}").code())
        .isEqualTo("InactiveEventDataStoreException");
    assertThat(admin.post("/v1/stores/" + auditId + "/restore", null).json().get("status").asText())
        .isEqualTo("ENABLED");
  }

  @Test
  @Order(7)
  void managesAccessKeysWithoutRevealingSecrets() {
    RestResponse created = admin.post("/v1/keys", "{\"role\":\"reader\"}");
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("accessKeyId").asText();
    String secret = created.json().get("secretAccessKey").asText();
    assertThat(created.header("Location")).isEqualTo("/v1/keys/" + id);
    RestResponse listed = admin.get("/v1/keys");
    assertThat(listed.json().get("keys")).extracting(key -> key.get("accessKeyId").asText())
        .contains(RestServer.ADMIN_ID, id);
    assertThat(listed.text()).doesNotContain(secret).doesNotContain(RestServer.ADMIN_SECRET);
    RestClient reader = server.client(id, secret);
    assertThat(reader.get("/v1/stores").status()).isEqualTo(200);
    assertThat(reader.post("/v1/keys", "{\"role\":\"admin\"}").code()).isEqualTo("AccessDeniedException");
    assertThat(admin.delete("/v1/keys/" + id).status()).isEqualTo(204);
    assertThat(reader.get("/v1/stores").code()).isEqualTo("UnrecognizedClientException");
  }

  private static boolean isLog(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") || name.endsWith(".json.gz") || name.endsWith(".ndjson");
  }

  private static Map<String, String> headersFor(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".gz")) {
      return Map.of("Content-Type", "application/json", "Content-Encoding", "gzip");
    }
    return Map.of("Content-Type", name.endsWith(".ndjson") ? "application/x-ndjson" : "application/json");
  }
}
