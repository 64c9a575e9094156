package dev.eventlake.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.api.cloudtrail.CloudTrailApi;
import dev.eventlake.api.rest.SigV4Signing;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed requests to the CloudTrail-compatible API get named 4xx errors in AWS JSON form, never a 500. */
class CloudTrailBadInputIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  static Path dataDirectory;
  private static EventlakeServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = TestServers.start(dataDirectory);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void eachMalformedRequestGetsItsNamedError() throws Exception {
    expect("ListEventDataStores", "{not json", 400, "SerializationException");
    expect("ListEventDataStores", "[1, 2]", 400, "SerializationException");
    expect("CreateEventDataStore", "{\"Name\":\"x-store\",\"Colour\":\"blue\"}", 400, "InvalidParameterException");
    expect("CreateEventDataStore", "{\"Name\":\"x-store\",\"RetentionPeriod\":\"long\"}", 400,
        "InvalidParameterException");
    expect("CreateEventDataStore", "{\"Name\":\"x-store\",\"AdvancedEventSelectors\":[null]}", 400,
        "InvalidParameterException");
    expect("CreateEventDataStore", "{\"Name\":\"x-store\",\"AdvancedEventSelectors\":[{\"FieldSelectors\":"
        + "[{\"Field\":\"eventCategory\",\"Equals\":[null]}]}]}", 400, "InvalidParameterException");
    expect("CreateEventDataStore", "{\"Name\":\"x-store\",\"RetentionPeriod\":99999}", 400,
        "InvalidParameterException");
    expect("GetQueryResults", "{\"QueryId\":\"11111111-2222-3333-4444-555555555555\",\"NextToken\":\"forged-token\"}",
        404, "QueryIdNotFoundException");
    expect("ListEventDataStores", "{\"NextToken\":\"forged-token\"}", 400, "InvalidNextTokenException");
    expect("ListEventDataStores", "{\"MaxResults\":0}", 400, "InvalidMaxResultsException");
    expect("DescribeTrails", "{}", 400, "UnknownOperationException");
    expect("StartQuery", "{\"QueryStatement\":\"" + "x".repeat(100) + "\"}", 400, "InvalidQueryStatementException");
    String huge = "{\"QueryStatement\":\"" + "x".repeat(17 << 20) + "\"}";
    expect("StartQuery", huge, 413, "RequestEntityTooLargeException");
    assertThat(server.lake().catalog().list()).isEmpty();
  }

  private static void expect(String operation, String body, int status, String errorName) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = HTTP.send(SigV4Signing.sign("POST", URI.create("http://127.0.0.1:"
        + server.port() + "/"), bytes, Map.of("Content-Type", CloudTrailApi.CONTENT_TYPE, "X-Amz-Target",
        CloudTrailApi.TARGET_PREFIX + operation), TestServers.ADMIN.accessKeyId(),
        TestServers.ADMIN.secretAccessKey(), "cloudtrail"), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(operation + " " + abbreviate(body)).isEqualTo(status);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("__type").asText()).as(operation + " " + abbreviate(body)).isEqualTo(errorName);
    assertThat(error.get("Message").asText()).isNotBlank().doesNotContain("at dev.eventlake");
  }

  private static String abbreviate(String body) {
    return body.length() > 80 ? body.substring(0, 80) + "…" : body;
  }
}
