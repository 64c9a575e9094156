package dev.eventlake.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.Field;

/** Query steps the REST tests share: run to the end, page JSON and CSV results, count Arrow rows. */
final class RestQueries {
  private RestQueries() {}

  /** Starts {@code sql}, waits until it ends, asserts it FINISHED and returns its ID. */
  static String runToEnd(RestClient client, String sql) {
    return startToEnd(client, "{\"sql\":" + quote(sql) + "}");
  }

  /** Starts the query of the request body {@code json}, waits until it ends, asserts it FINISHED, returns its ID. */
  static String startToEnd(RestClient client, String json) {
    RestResponse started = client.post("/v1/queries", json);
    assertThat(started.status()).as("%s", started).isEqualTo(202);
    String id = started.json().get("id").asText();
    long deadline = System.nanoTime() + 120_000_000_000L;
    JsonNode query = started.json();
    while (List.of("QUEUED", "RUNNING").contains(query.get("status").asText()) && System.nanoTime() < deadline) {
      sleep();
      query = client.get("/v1/queries/" + id).json();
    }
    assertThat(query.get("status").asText()).as("%s", query).isEqualTo("FINISHED");
    return id;
  }

  /** Every row of a finished query, read as JSON pages of {@code pageSize}. */
  static List<List<JsonNode>> jsonRows(RestClient client, String id, int pageSize) {
    List<List<JsonNode>> rows = new ArrayList<>();
    String token = null;
    do {
      RestResponse page = client.get("/v1/queries/" + id + "/results?maxResults=" + pageSize
          + (token == null ? "" : "&nextToken=" + token));
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      assertThat(page.json().get("rows").size()).isLessThanOrEqualTo(pageSize);
      page.json().get("rows").forEach(row -> {
        List<JsonNode> values = new ArrayList<>();
        row.forEach(values::add);
        rows.add(values);
      });
      token = page.json().path("nextToken").asText(null);
    } while (token != null);
    return rows;
  }

  /** The header and every row of a finished query, read as CSV pages of {@code pageSize}. */
  static List<List<String>> csvRows(RestClient client, String id, int pageSize) {
    List<List<String>> records = new ArrayList<>();
    String token = null;
    do {
      RestResponse page = client.get("/v1/queries/" + id + "/results?maxResults=" + pageSize
          + (token == null ? "" : "&nextToken=" + token), "text/csv");
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      assertThat(page.header("Content-Type")).startsWith("text/csv");
      List<List<String>> parsed = parseCsv(page.text());
      if (records.isEmpty()) {
        records.add(parsed.get(0));
      }
      assertThat(parsed.get(0)).isEqualTo(records.get(0));
      records.addAll(parsed.subList(1, parsed.size()));
      token = page.header(QueryResults.NEXT_TOKEN_HEADER);
    } while (token != null);
    return records;
  }

  /** The rows of an Arrow IPC stream whose columns must be {@code columns}. */
  static long arrowRowCount(byte[] stream, List<String> columns) throws IOException {
    try (RootAllocator allocator = new RootAllocator();
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(stream), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(root.getSchema().getFields()).extracting(Field::getName).isEqualTo(columns);
      long rows = 0;
      while (reader.loadNextBatch()) {
        rows += root.getRowCount();
      }
      return rows;
    }
  }

  /** One CloudTrail management record as NDJSON, dated yesterday so that it is inside any store's retention. */
  static byte[] record(String eventSource, String eventName) {
    String yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString();
    return ("{\"eventVersion\":\"1.08\",\"eventTime\":\"" + yesterday + "\",\"eventSource\":\"" + eventSource
        + "\",\"eventName\":\"" + eventName + "\",\"awsRegion\":\"us-east-1\",\"eventID\":\""
        + java.util.UUID.randomUUID() + "\",\"eventType\":\"AwsApiCall\",\"managementEvent\":true,"
        + "\"eventCategory\":\"Management\",\"recipientAccountId\":\"123456789012\"}\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** RFC 4180: CRLF-separated records, quoted fields with doubled quotes. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      if (quoted) {
        if (character == '"' && index + 1 < text.length() && text.charAt(index + 1) == '"') {
          field.append('"');
          index++;
        } else if (character == '"') {
          quoted = false;
        } else {
          field.append(character);
        }
      } else if (character == '"') {
        quoted = true;
      } else if (character == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (character == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
        index++;
      } else {
        field.append(character);
      }
    }
    assertThat(field).as("CSV must end with CRLF").isEmpty();
    return records;
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
