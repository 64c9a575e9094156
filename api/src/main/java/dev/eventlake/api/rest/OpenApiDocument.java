package dev.eventlake.api.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI document of the REST API, kept as the resource {@code openapi.json} beside this class. */
final class OpenApiDocument {
  private final byte[] bytes;

  private OpenApiDocument(byte[] bytes) {
    this.bytes = bytes;
  }

  static OpenApiDocument load() {
    try (InputStream input = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
      if (input == null) {
        throw new IllegalStateException("the resource openapi.json is missing from the api module");
      }
      return new OpenApiDocument(input.readAllBytes());
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read openapi.json", failure);
    }
  }

  byte[] bytes() {
    return bytes.clone();
  }
}
