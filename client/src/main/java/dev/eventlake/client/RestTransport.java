package dev.eventlake.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP exchanges with the REST API: Basic authentication on every request, JSON in and out, and the server's
 * {@code {"code", "message"}} errors turned into {@link EventlakeClientException}s.
 */
final class RestTransport {
  private final ClientConfig config;
  private final HttpClient http;
  private final String authorization;
  private final ObjectMapper mapper = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  RestTransport(ClientConfig config) {
    this.config = config;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    if (config.sslContext() != null) {
      builder.sslContext(config.sslContext());
    }
    this.http = builder.build();
    String credentials = config.accessKeyId() + ":" + config.secretAccessKey();
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code method path} with {@code body} (serialised as JSON, or none when null) and reads the answer. */
  <T> T exchange(String method, String path, Object body, Class<T> type) throws EventlakeClientException {
    HttpResponse<byte[]> response = send(request(method, path, body));
    if (response.statusCode() / 100 != 2) {
      throw refusal(response);
    }
    try {
      return mapper.readValue(response.body(), type);
    } catch (IOException unreadable) {
      throw new EventlakeClientException(EventlakeClientException.UNREADABLE_RESPONSE, 0, method + " " + path
          + " answered with a body that is not the expected JSON: " + unreadable.getMessage(), unreadable);
    }
  }

  private HttpRequest request(String method, String path, Object body) throws EventlakeClientException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(resolve(path)).timeout(config.requestTimeout())
        .header("Authorization", authorization).header("Accept", "application/json");
    if (body == null) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    try {
      return builder.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body))).build();
    } catch (JsonProcessingException failure) {
      throw new IllegalArgumentException("cannot write the request body of " + method + " " + path, failure);
    }
  }

  private URI resolve(String path) {
    String base = config.baseUri().toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws EventlakeClientException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException failure) {
      throw new EventlakeClientException(EventlakeClientException.CONNECTION_FAILURE, 0, "cannot reach Eventlake at "
          + config.baseUri() + " (" + request.method() + " " + request.uri().getRawPath() + "): " + failure, failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new EventlakeClientException(EventlakeClientException.INTERRUPTED, 0, "interrupted while waiting for "
          + request.method() + " " + request.uri().getRawPath(), interrupted);
    }
  }

  /** The server's error, or a description of the answer when it is not an error document. */
  private EventlakeClientException refusal(HttpResponse<byte[]> response) {
    try {
      JsonNode error = mapper.readTree(response.body());
      if (error != null && error.hasNonNull("code") && error.hasNonNull("message")) {
        return new EventlakeClientException(error.get("code").asText(), response.statusCode(),
            error.get("message").asText(), null);
      }
    } catch (IOException notJson) {
      // described below
    }
    String text = new String(response.body(), StandardCharsets.UTF_8);
    return new EventlakeClientException(EventlakeClientException.UNREADABLE_RESPONSE, response.statusCode(),
        "HTTP " + response.statusCode() + " from " + response.uri() + ": "
            + (text.length() > 200 ? text.substring(0, 200) + "…" : text), null);
  }
}
