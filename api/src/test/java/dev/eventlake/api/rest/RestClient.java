package dev.eventlake.api.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for the REST API: HTTP Basic with one access key (or none), and every response checked against
 * the OpenAPI document when a contract is given.
 */
final class RestClient {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final URI base;
  private final String authorization;
  private final OpenApiContract contract;

  RestClient(int port, String accessKeyId, String secret, OpenApiContract contract) {
    this.base = URI.create("http://127.0.0.1:" + port);
    this.authorization = accessKeyId == null ? null : basic(accessKeyId, secret);
    this.contract = contract;
  }

  RestResponse get(String path) {
    return send("GET", path, null, Map.of());
  }

  RestResponse get(String path, String accept) {
    return send("GET", path, null, Map.of("Accept", accept));
  }

  RestResponse post(String path, String json) {
    return send("POST", path, json == null ? null : json.getBytes(StandardCharsets.UTF_8), jsonType(json));
  }

  RestResponse patch(String path, String json) {
    return send("PATCH", path, json.getBytes(StandardCharsets.UTF_8), jsonType(json));
  }

  RestResponse delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  /** Sends a request; {@code body} may be null. */
  RestResponse send(String method, String path, byte[] body, Map<String, String> headers) {
    return exchange(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body), headers);
  }

  /** Sends {@code body} chunked, without declaring its length up front. */
  RestResponse sendChunked(String method, String path, byte[] body, Map<String, String> headers) {
    return exchange(method, path, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
        headers);
  }

  /** The Authorization header value of HTTP Basic with an access key. */
  static String basic(String accessKeyId, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((accessKeyId + ":" + secret)
        .getBytes(StandardCharsets.UTF_8));
  }

  private RestResponse exchange(String method, String path, HttpRequest.BodyPublisher body,
      Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method, body);
    Map<String, String> all = new LinkedHashMap<>(headers);
    if (authorization != null) {
      all.putIfAbsent("Authorization", authorization);
    }
    all.forEach(request::header);
    RestResponse response = execute(request.build());
    if (contract != null) {
      contract.check(method, path, response);
    }
    return response;
  }

  static RestResponse execute(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new RestResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static Map<String, String> jsonType(String json) {
    return json == null ? Map.of() : Map.of("Content-Type", "application/json");
  }
}
