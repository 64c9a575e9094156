package dev.eventlake.api.auth;

import java.util.List;
import java.util.Map;

/**
 * The parts of an HTTP request that authentication looks at. {@code headers} are keyed by lower-case name;
 * {@code rawPath} and {@code rawQuery} are as sent, still percent-encoded.
 */
public record SignedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
    byte[] body) {

  /** The first value of a header, or null. */
  public String header(String lowerCaseName) {
    List<String> values = headers.get(lowerCaseName);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
