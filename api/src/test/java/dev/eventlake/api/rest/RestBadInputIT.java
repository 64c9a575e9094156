package dev.eventlake.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to the REST API: each case gets its named 4xx error in the REST format (never a 500), nothing of a
 * refused request is applied, and of concurrent conflicting requests exactly one wins. Every response is also
 * checked against the OpenAPI document.
 */
class RestBadInputIT {
  static final int LIMIT = 64 * 1024;
  @TempDir
  static Path dataDirectory;
  private static RestServer server;
  private static RestClient admin;
  private static String storeId;

  @BeforeAll
  static void start() {
    server = RestServer.start(dataDirectory, config -> config.withMaxRequestBytes(LIMIT));
    admin = server.admin();
    storeId = admin.post("/v1/stores", "{\"name\":\"audit\"}").json().get("id").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void malformedOrMistypedBodiesAreNamedErrors() {
    expect(admin.post("/v1/stores", "{\"name\":"), 400, "SerializationException");
    expect(admin.post("/v1/stores", "{\"name\":\"abc\"} trailing"), 400, "SerializationException");
    expect(admin.post("/v1/stores", "{\"name\":\"abc\",\"name\":\"def\"}"), 400, "SerializationException");
    expect(admin.post("/v1/stores", "{\"name\":5}"), 400, "InvalidParameterException");
    expect(admin.post("/v1/stores", "{\"name\":\"abc\",\"retentionPeriod\":\"90\"}"), 400,
        "InvalidParameterException");
    expect(admin.post("/v1/stores", "{\"name\":\"abc\",\"retentionPeriod\":9.5}"), 400, "InvalidParameterException");
    expect(admin.post("/v1/stores", "{\"name\":\"abc\",\"retentionPeriod\":99999999999}"), 400,
        "InvalidParameterException");
    expect(admin.post("/v1/stores", "[{\"name\":\"abc\"}]"), 400, "InvalidParameterException");
    assertThat(expect(admin.post("/v1/stores", "{\"name\":\"abc\",\"colour\":\"red\"}"), 400,
        "InvalidParameterException").json().get("message").asText()).contains("colour");
    assertThat(expect(admin.post("/v1/stores", "{}"), 400, "InvalidParameterException").json().get("message")
        .asText()).contains("name");
    expect(admin.post("/v1/stores", "{\"name\":null}"), 400, "InvalidParameterException");
    expect(admin.post("/v1/stores", "{\"name\":\"abc\",\"tags\":[null]}"), 400, "InvalidParameterException");
    expect(admin.post("/v1/stores", "{\"name\":\"abc\",\"advancedEventSelectors\":[{\"fieldSelectors\":[null]}]}"),
        400, "InvalidParameterException");
    expect(admin.post("/v1/stores", "{\"name\":\"abc\",\"advancedEventSelectors\":[{\"fieldSelectors\":[{\"field\":"
        + "\"eventCategory\",\"equals\":[null]}]}]}"), 400, "InvalidParameterException");
    expect(admin.post("/v1/stores", null), 400, "InvalidParameterException");
    expect(admin.post("/v1/keys", "{\"role\":\"root\"}"), 400, "InvalidParameterException");
    expect(admin.post("/v1/queries", "{\"query\":\"SELECT 1\"}"), 400, "InvalidParameterException");
    assertNoStoreBut("audit");
  }

  @Test
  void unexpectedBodiesParametersAndMediaTypesAreRefused() {
    expect(admin.send("GET", "/v1/stores", bytes("{\"x\":1}"), Map.of()), 400, "InvalidParameterException");
    expect(admin.post("/v1/stores/audit/ingestion/stop", "{\"now\":true}"), 400, "InvalidParameterException");
    expect(admin.get("/v1/stores?colour=red"), 400, "InvalidParameterException");
    expect(admin.get("/v1/stores?maxResults=1&maxResults=2"), 400, "InvalidParameterException");
    expect(admin.send("POST", "/v1/stores", bytes("name=abc"), Map.of("Content-Type",
        "application/x-www-form-urlencoded")), 415, "UnsupportedMediaTypeException");
    expect(admin.send("POST", "/v1/events", bytes("a,b"), Map.of("Content-Type", "text/csv")), 415,
        "UnsupportedMediaTypeException");
    expect(admin.send("POST", "/v1/events", RestQueries.record("s3.amazonaws.com", "ListBuckets"),
        Map.of("Content-Encoding", "br")), 415, "UnsupportedMediaTypeException");
    expect(admin.get("/v1/queries/00000000-0000-0000-0000-000000000000/results", "application/xml"), 406,
        "NotAcceptableException");
    expect(admin.get("/v1/nothing/here"), 404, "NotFoundException");
    assertThat(admin.get("/v1/stores/audit").status()).isEqualTo(200);
  }

  @Test
  void badTokensAndPageSizesAreNamedErrors() {
    expect(admin.get("/v1/stores?maxResults=abc"), 400, "InvalidMaxResultsException");
    expect(admin.get("/v1/stores?maxResults=0"), 400, "InvalidMaxResultsException");
    expect(admin.get("/v1/stores?maxResults=1001"), 400, "InvalidMaxResultsException");
    expect(admin.get("/v1/stores?nextToken=bm90LWEtdG9rZW4"), 400, "InvalidNextTokenException");
    String id = RestQueries.runToEnd(admin, "SELECT eventID FROM " + storeId);
    expect(admin.get("/v1/queries/" + id + "/results?nextToken=forged"), 400, "InvalidNextTokenException");
    expect(admin.get("/v1/queries/" + id + "/results?maxResults=2000"), 400, "InvalidMaxResultsException");
    expect(admin.get("/v1/queries/" + id + "/results?maxResults=10", "application/vnd.apache.arrow.stream"), 400,
        "InvalidParameterCombinationException");
    expect(admin.get("/v1/stores/audit/queries?status=DONE"), 400, "InvalidQueryStatusException");
    expect(admin.get("/v1/stores/audit/queries?startTime=yesterday"), 400, "InvalidParameterException");
    expect(admin.get("/v1/stores/audit/queries?startTime=2024-02-01T00:00:00Z&endTime=2024-01-01T00:00:00Z"), 400,
        "InvalidDateRangeException");
  }

  @Test
  void unknownResourcesAreNotFound() {
    expect(admin.get("/v1/stores/no-such-store"), 404, "EventDataStoreNotFoundException");
    expect(admin.delete("/v1/stores/no-such-store"), 404, "EventDataStoreNotFoundException");
    expect(admin.get("/v1/stores/no-such-store/queries"), 404, "EventDataStoreNotFoundException");
    expect(admin.get("/v1/stores/arn:aws:cloudtrail:eu-west-3:000000000000:eventdatastore"), 400,
        "EventDataStoreARNInvalidException");
    expect(admin.get("/v1/queries/00000000-0000-0000-0000-000000000000"), 404, "QueryIdNotFoundException");
    expect(admin.post("/v1/queries/00000000-0000-0000-0000-000000000000/cancel", null), 404,
        "QueryIdNotFoundException");
    expect(admin.delete("/v1/keys/ELKNOSUCHKEY"), 404, "AccessKeyNotFoundException");
    expect(admin.post("/v1/queries", "{\"sql\":\"SELECT eventID FROM no_such_store\"}"), 404,
        "EventDataStoreNotFoundException");
    expect(admin.post("/v1/queries", "{\"sql\":\"SELEKT eventID FROM " + storeId + "\"}"), 400,
        "InvalidQueryStatementException");
  }

  @Test
  void lifecycleRulesAreNamedErrors() {
    expect(admin.post("/v1/stores", "{\"name\":\"audit\"}"), 400, "EventDataStoreAlreadyExistsException");
    expect(admin.post("/v1/stores", "{\"name\":\"x\"}"), 400, "InvalidParameterException");
    expect(admin.post("/v1/stores", "{\"name\":\"abc\",\"advancedEventSelectors\":[{\"fieldSelectors\":[{\"field\":"
        + "\"colour\",\"equals\":[\"red\"]}]}]}"), 400, "InvalidEventSelectorsException");
    expect(admin.patch("/v1/stores/audit", "{}"), 400, "InvalidParameterException");
    expect(admin.delete("/v1/stores/audit"), 400, "EventDataStoreTerminationProtectedException");
    expect(admin.post("/v1/stores/audit/restore", null), 400, "InvalidEventDataStoreStatusException");
    expect(admin.post("/v1/stores/audit/ingestion/start", null), 400, "InvalidEventDataStoreStatusException");
    expect(admin.delete("/v1/keys/" + RestServer.ADMIN_ID), 409, "ConflictException");
    String second = admin.post("/v1/keys", "{\"role\":\"admin\"}").json().get("accessKeyId").asText();
    expect(admin.delete("/v1/keys/" + RestServer.ADMIN_ID), 400, "InvalidParameterException");
    assertThat(admin.delete("/v1/keys/" + second).status()).isEqualTo(204);
    assertNoStoreBut("audit");
  }

  @Test
  void oversizedBodiesAndGzipBombsAreRefused() {
    String big = "{\"name\":\"abc\",\"kmsKeyId\":\"" + "k".repeat(LIMIT) + "\"}";
    expect(admin.send("POST", "/v1/stores", bytes(big), Map.of("Content-Type", "application/json")), 413,
        "RequestEntityTooLargeException");
    String declaredTooLarge = RestPayloads.rawExchange(server.port(), "POST /v1/stores HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nAuthorization: " + RestClient.basic(RestServer.ADMIN_ID, RestServer.ADMIN_SECRET)
        + "\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\nConnection: close\r\n\r\n");
    assertThat(declaredTooLarge).startsWith("HTTP/1.1 413").contains("\"code\":\"RequestEntityTooLargeException\"");
    expect(admin.sendChunked("POST", "/v1/stores", bytes(big), Map.of("Content-Type", "application/json")), 413,
        "RequestEntityTooLargeException");
    byte[] bomb = RestPayloads.gzip(" ".repeat(LIMIT * 20).getBytes(StandardCharsets.US_ASCII));
    assertThat(bomb.length).isLessThan(LIMIT);
    expect(admin.send("POST", "/v1/events", bomb, Map.of("Content-Encoding", "gzip")), 413,
        "RequestEntityTooLargeException");
    expect(admin.send("POST", "/v1/events", bomb, Map.of()), 413, "RequestEntityTooLargeException");
    expect(admin.send("POST", "/v1/events", RestPayloads.gzip(bomb), Map.of("Content-Encoding", "gzip")), 400,
        "InvalidParameterException");
    expect(admin.send("POST", "/v1/events", bytes("not gzip at all"), Map.of("Content-Encoding", "gzip")), 400,
        "SerializationException");
    assertNoStoreBut("audit");
  }

  @Test
  void ingestionReportsBadRecordsAndRefusesBodiesWithoutAnyGoodOne() {
    expect(admin.send("POST", "/v1/events", bytes("{\"Records\":[]}"), Map.of()), 400, "InvalidParameterException");
    expect(admin.send("POST", "/v1/events", bytes("not json\n{\"eventName\":\"NoTime\"}\n"), Map.of()), 400,
        "InvalidParameterException");
    byte[] mixed = RestPayloads.concat(RestQueries.record("iam.amazonaws.com", "CreateUser"),
        bytes("{\"eventName\":\"broken\n{\"eventName\":\"NoTime\"}\n"));
    RestResponse response = admin.send("POST", "/v1/events", mixed, Map.of("Content-Type", "application/x-ndjson"));
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(response.json().get("records").asInt()).isEqualTo(3);
    assertThat(response.json().get("accepted").asInt()).isEqualTo(1);
    assertThat(response.json().get("rejected").asInt()).isEqualTo(2);
    assertThat(response.json().get("failures")).extracting(failure -> failure.get("line").asInt())
        .containsExactly(2, 3);
    assertThat(response.json().get("stores").get(0).get("events").asInt()).isEqualTo(1);
    String count = RestQueries.runToEnd(admin, "SELECT COUNT(*) AS n FROM " + storeId);
    assertThat(RestQueries.jsonRows(admin, count, 10).get(0).get(0).asLong()).isEqualTo(1);
  }

  @Test
  void concurrentConflictingCreatesLeaveExactlyOneStore(@TempDir Path raceDirectory) throws Exception {
    try (RestServer race = RestServer.start(raceDirectory)) {
      RestClient client = race.admin();
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<RestResponse>> creates = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
          creates.add(pool.submit(() -> client.post("/v1/stores", "{\"name\":\"contested\"}")));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<RestResponse> create : creates) {
          RestResponse response = create.get();
          statuses.add(response.status());
          if (response.status() != 201) {
            expect(response, 400, "EventDataStoreAlreadyExistsException");
          }
        }
        assertThat(statuses).containsOnlyOnce(201);
      } finally {
        pool.shutdownNow();
      }
      assertThat(client.get("/v1/stores").json().get("stores")).hasSize(1);
    }
  }

  private static RestResponse expect(RestResponse response, int status, String code) {
    assertThat(response.status()).as("%s", response).isEqualTo(status);
    assertThat(response.code()).as("%s", response).isEqualTo(code);
    assertThat(response.json().get("message").asText()).isNotBlank().doesNotContain("\tat ");
    return response;
  }

  private static void assertNoStoreBut(String name) {
    assertThat(admin.get("/v1/stores").json().get("stores")).extracting(store -> store.get("name").asText())
        .containsExactly(name);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
