package dev.eventlake.api.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Request bodies built by the tests: gzip and concatenation. */
final class RestPayloads {
  private RestPayloads() {}

  static byte[] gzip(byte[] content) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
      out.write(content);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return compressed.toByteArray();
  }

  /**
   * Sends {@code head} (request line and headers, no body) over a plain socket and returns all the server answers
   * until it closes: for refusals decided on the headers alone, which HTTP clients cannot always read once they
   * are busy sending a body the server will not take.
   */
  static String rawExchange(int port, String head) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
