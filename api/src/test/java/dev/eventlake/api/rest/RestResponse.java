package dev.eventlake.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** An HTTP response as the tests see it: status, headers and the whole body. */
record RestResponse(int status, HttpHeaders headers, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException failure) {
      throw new UncheckedIOException("not JSON: " + text(), failure);
    }
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** The error code of a REST error body. */
  String code() {
    return json().path("code").asText(null);
  }

  @Override
  public String toString() {
    return status + " " + text();
  }
}
