package dev.eventlake.jdbc;

import dev.eventlake.client.ClientConfig;
import dev.eventlake.client.TrustStores;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of one connection: the URL's host and port, and every {@link DriverProperty}, taken from the URL's
 * query first and then from the {@code Properties} the application passed (where properties the driver does not
 * know are ignored, as tools put their own there).
 */
final class ConnectionSettings {
  private static final int MAXIMUM_PAGE_SIZE = 1000;
  private final DriverUrl url;
  private final Properties info;

  private ConnectionSettings(DriverUrl url, Properties info) {
    this.url = url;
    this.info = info == null ? new Properties() : info;
  }

  static ConnectionSettings of(String url, Properties info) throws SQLException {
    return new ConnectionSettings(DriverUrl.parse(url), info);
  }

  /** Settings for {@code getPropertyInfo}, which tools call while the URL is still being typed: a bad URL adds none. */
  static ConnectionSettings lenient(String url, Properties info) {
    try {
      return of(url, info);
    } catch (SQLException incomplete) {
      return new ConnectionSettings(new DriverUrl("", -1, Map.of()), info);
    }
  }

  /** The value of {@code property}: the URL's, else the Properties', else its default (may be null). */
  String value(DriverProperty property) {
    Map<String, String> fromUrl = url.properties();
    if (fromUrl.containsKey(property.key())) {
      return fromUrl.get(property.key());
    }
    return info.getProperty(property.key(), property.defaultValue());
  }

  boolean ssl() throws SQLException {
    String text = value(DriverProperty.SSL).trim().toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      throw invalid(DriverProperty.SSL, "true or false");
    }
    return text.equals("true");
  }

  /** {@code http://host:port} or {@code https://host:port}. */
  URI baseUri() throws SQLException {
    boolean ssl = ssl();
    int port = url.port() >= 0 ? url.port() : ssl ? 443 : 8080;
    String host = url.host();
    return URI.create((ssl ? "https://" : "http://") + host + ":" + port);
  }

  int pageSize() throws SQLException {
    return integer(DriverProperty.PAGE_SIZE, 1, MAXIMUM_PAGE_SIZE);
  }

  /** The client configuration, with the trust store loaded; user and password are required. */
  ClientConfig clientConfig() throws SQLException {
    String user = value(DriverProperty.USER);
    String password = value(DriverProperty.PASSWORD);
    if (user == null || user.isBlank() || password == null) {
      throw new SQLException("Eventlake needs an access key: give its ID as user and its secret as password",
          "28000");
    }
    return new ClientConfig(baseUri(), user, password,
        Duration.ofSeconds(integer(DriverProperty.CONNECT_TIMEOUT, 1, Integer.MAX_VALUE)),
        Duration.ofSeconds(integer(DriverProperty.REQUEST_TIMEOUT, 1, Integer.MAX_VALUE)), trust());
  }

  private javax.net.ssl.SSLContext trust() throws SQLException {
    String path = value(DriverProperty.SSL_TRUST_STORE_PATH);
    if (path == null || path.isBlank()) {
      return null;
    }
    try {
      return TrustStores.fromFile(Path.of(path), value(DriverProperty.SSL_TRUST_STORE_PASSWORD),
          value(DriverProperty.SSL_TRUST_STORE_TYPE));
    } catch (IOException | RuntimeException unusable) {
      throw new SQLException("Cannot use the trust store " + path + ": " + unusable.getMessage(), "08001",
          unusable);
    }
  }

  private int integer(DriverProperty property, int minimum, int maximum) throws SQLException {
    String expected = "a whole number from " + minimum + (maximum == Integer.MAX_VALUE ? " up" : " to " + maximum);
    try {
      int value = Integer.parseInt(value(property).trim());
      if (value < minimum || value > maximum) {
        throw invalid(property, expected);
      }
      return value;
    } catch (NumberFormatException notANumber) {
      throw invalid(property, expected);
    }
  }

  private SQLException invalid(DriverProperty property, String expected) {
    return new SQLException("Connection property " + property.key() + " must be " + expected + "; it is '"
        + value(property) + "'", "08001");
  }
}
