package dev.eventlake.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved and sample queries over REST, every response checked against the OpenAPI document: create, read, update
 * with versions, restore, run with typed values (injection stays data), delete, search and copy samples, and a
 * query whose results are delivered to a folder.
 */
class SavedQueryRestIT {
  private static final String SQL = "SELECT eventName, COUNT(*) AS n FROM audit WHERE errorCode = :code GROUP BY 1 "
      + "ORDER BY 2 DESC, 1";
  @TempDir
  static Path dataDirectory;
  private static RestServer server;
  private static RestClient admin;
  private static RestClient reader;

  @BeforeAll
  static void start() throws Exception {
    server = RestServer.start(dataDirectory);
    admin = server.admin();
    AccessKey key = server.createKey(Role.READER);
    reader = server.client(key.accessKeyId(), key.secretAccessKey());
    String storeId = server.server().lake().catalog().create(new CreateStoreRequest("audit", null, null, null, 3653, null, null, null, null, null)).id();
    server.server().lake().importLogs(storeId, List.of(SharedData.cloudTrailRecords()), ImportRange.ALL, s -> { });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void savedQueriesAreCreatedVersionedRestoredAndDeleted() {
    RestResponse created = reader.post("/v1/saved-queries", "{\"name\":\"failures\",\"sql\":" + quote(SQL)
        + ",\"description\":\"Failures by name\",\"parameters\":[{\"name\":\"code\",\"type\":\"VARCHAR\","
        + "\"default\":\"AccessDenied\"}],\"tags\":{\"team\":\"security\"}}");
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/v1/saved-queries/failures");
    assertThat(reader.post("/v1/saved-queries", "{\"name\":\"FAILURES\",\"sql\":\"SELECT 1 FROM audit\"}").code())
        .isEqualTo("SavedQueryAlreadyExistsException");

    RestResponse updated = reader.send("PUT", "/v1/saved-queries/failures", ("{\"sql\":\"SELECT COUNT(*) AS n "
        + "FROM audit WHERE errorCode = :code\",\"parameters\":[{\"name\":\"code\",\"type\":\"VARCHAR\"}]}")
        .getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
    assertThat(updated.json().get("version").asInt()).isEqualTo(2);
    assertThat(reader.get("/v1/saved-queries/failures?version=1").json().get("tags").get("team").asText())
        .isEqualTo("security");
    JsonNode restored = reader.post("/v1/saved-queries/failures/restore", "{\"version\":1}").json();
    assertThat(restored.get("version").asInt()).isEqualTo(3);
    assertThat(restored.get("versions").get(2).get("restoredFrom").asInt()).isEqualTo(1);
    assertThat(reader.get("/v1/saved-queries").json().get("savedQueries").findValuesAsText("name"))
        .contains("failures");

    assertThat(reader.delete("/v1/saved-queries/failures").status()).isEqualTo(403);
    assertThat(admin.delete("/v1/saved-queries/failures").json().get("versions")).hasSize(3);
    assertThat(reader.get("/v1/saved-queries/failures").code()).isEqualTo("SavedQueryNotFoundException");
  }

  @Test
  void runsBindTypedValuesAndInjectionStaysData() {
    reader.post("/v1/saved-queries", "{\"name\":\"by-code\",\"sql\":" + quote(SQL) + ",\"parameters\":[{\"name\":"
        + "\"code\",\"type\":\"VARCHAR\"}]}");
    String literal = RestQueries.runToEnd(reader, SQL.replace(":code", "'AccessDenied'"));
    String bound = runToEnd(reader.post("/v1/saved-queries/by-code/run", "{\"parameters\":{\"code\":"
        + "\"AccessDenied\"}}"));
    assertThat(RestQueries.jsonRows(reader, bound, 100)).isEqualTo(RestQueries.jsonRows(reader, literal, 100))
        .isNotEmpty();
    assertThat(reader.get("/v1/queries/" + bound).json().get("savedQuery").asText()).isEqualTo("by-code");
    String injected = runToEnd(reader.post("/v1/saved-queries/by-code/run", "{\"parameters\":{\"code\":"
        + "\"x' OR '1'='1\"}}"));
    assertThat(RestQueries.jsonRows(reader, injected, 100)).isEmpty();

    assertThat(reader.post("/v1/saved-queries/by-code/run", "{}").code()).isEqualTo("InvalidParameterException");
    assertThat(reader.post("/v1/saved-queries/by-code/run", "{\"parameters\":{\"other\":\"x\"}}").code())
        .isEqualTo("InvalidParameterException");
    assertThat(reader.post("/v1/saved-queries/missing/run", "{}").status()).isEqualTo(404);
    assertThat(reader.post("/v1/saved-queries", "{\"name\":\"typo\",\"sql\":\"SELECT 1 FROM audit WHERE a = :b\"}")
        .json().get("message").asText()).contains("uses :b, but no parameter");
  }

  @Test
  void samplesAreListedSearchedAndCopied() {
    assertThat(reader.get("/v1/sample-queries").json().get("sampleQueries").size()).isGreaterThanOrEqualTo(25);
    JsonNode found = reader.get("/v1/sample-queries?search=console%20sign-ins%20without%20MFA&maxResults=3").json();
    assertThat(found.get("sampleQueries")).hasSize(3);
    assertThat(found.get("sampleQueries").get(0).get("name").asText()).isEqualTo("console-sign-ins-without-mfa");
    assertThat(found.get("sampleQueries").get(0).get("relevance").asDouble()).isEqualTo(1.0);
    assertThat(reader.get("/v1/sample-queries/root-user-activity").json().get("sql").asText()).contains("$EDS_ID");
    assertThat(reader.get("/v1/sample-queries/nope").code()).isEqualTo("SampleQueryNotFoundException");

    RestResponse copy = reader.post("/v1/sample-queries/errors-by-service/copy", "{\"store\":\"audit\"}");
    assertThat(copy.status()).as("%s", copy).isEqualTo(201);
    assertThat(copy.json().get("tags").get("sample").asText()).isEqualTo("errors-by-service");
    String id = runToEnd(reader.post("/v1/saved-queries/errors-by-service/run", "{}"));
    assertThat(RestQueries.jsonRows(reader, id, 1000)).isNotEmpty();
  }

  @Test
  void startedQueriesDeliverTheirResultsToAFolder() throws Exception {
    Path exports = Files.createDirectories(dataDirectory.resolve("exports/rest"));
    RestResponse started = reader.post("/v1/queries", "{\"sql\":\"SELECT eventID FROM audit LIMIT 10\","
        + "\"deliveryUri\":\"file://" + exports + "\"}");
    String id = runToEnd(started);
    JsonNode query = reader.get("/v1/queries/" + id).json();
    for (int attempt = 0; attempt < 600 && query.get("deliveryStatus").asText().equals("PENDING"); attempt++) {
      Thread.sleep(50);
      query = reader.get("/v1/queries/" + id).json();
    }
    assertThat(query.get("deliveryStatus").asText()).as("%s", query).isEqualTo("SUCCESS");
    assertThat(query.get("deliveryUri").asText()).isEqualTo("file://" + exports);
    assertThat(reader.post("/v1/queries", "{\"sql\":\"SELECT 1 FROM audit\",\"deliveryUri\":\"file:///tmp\"}")
        .code()).isEqualTo("InvalidS3PrefixException");
  }

  private static String runToEnd(RestResponse started) {
    assertThat(started.status()).as("%s", started).isEqualTo(202);
    String id = started.json().get("id").asText();
    JsonNode query = started.json();
    for (int attempt = 0; attempt < 2_400 && List.of("QUEUED", "RUNNING").contains(query.get("status").asText());
        attempt++) {
      sleep();
      query = reader.get("/v1/queries/" + id).json();
    }
    assertThat(query.get("status").asText()).as("%s", query).isEqualTo("FINISHED");
    return id;
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
