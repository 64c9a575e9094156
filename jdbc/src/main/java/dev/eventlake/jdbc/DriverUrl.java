package dev.eventlake.jdbc;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed {@code jdbc:eventlake://host[:port][/][?name=value&…]} URL: the server's host and port (absent: 8080, or
 * 443 with {@code ssl=true}) and the connection properties of its query, each a {@link DriverProperty}.
 *
 * @param host the server's host name or address (IPv6 in brackets)
 * @param port the port, or -1 when the URL names none
 * @param properties the URL's properties, decoded
 */
record DriverUrl(String host, int port, Map<String, String> properties) {
  static final String PREFIX = "jdbc:eventlake://";

  static boolean accepts(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  /** Parses {@code url}; a malformed URL or an unknown property is an SQLException naming the problem. */
  static DriverUrl parse(String url) throws SQLException {
    if (!accepts(url)) {
      throw invalid(url, "it must start with " + PREFIX);
    }
    URI uri;
    try {
      uri = new URI("http://" + url.substring(PREFIX.length()));
    } catch (URISyntaxException malformed) {
      throw invalid(url, malformed.getMessage());
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw invalid(url, "write it as " + PREFIX + "host:port[/][?property=value&…]");
    }
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
      throw invalid(url, "it takes no path after host:port, but has " + uri.getRawPath());
    }
    return new DriverUrl(uri.getHost(), uri.getPort(), properties(url, uri.getRawQuery()));
  }

  private static Map<String, String> properties(String url, String query) throws SQLException {
    Map<String, String> properties = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return properties;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (equals < 0 || DriverProperty.of(key).isEmpty()) {
        throw invalid(url, equals < 0 ? "'" + key + "' has no value" : "it has the unknown property '" + key
            + "'; the driver knows " + knownKeys());
      }
      if (properties.put(key, decode(pair.substring(equals + 1))) != null) {
        throw invalid(url, "it gives '" + key + "' twice");
      }
    }
    return properties;
  }

  private static String knownKeys() {
    StringBuilder keys = new StringBuilder();
    for (DriverProperty property : DriverProperty.values()) {
      keys.append(keys.length() == 0 ? "" : ", ").append(property.key());
    }
    return keys.toString();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static SQLException invalid(String url, String reason) {
    return new SQLException("Invalid Eventlake URL '" + url + "': " + reason, "08001");
  }
}
