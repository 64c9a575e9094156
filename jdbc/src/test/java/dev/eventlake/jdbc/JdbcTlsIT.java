package dev.eventlake.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssl=true} with a trust store reaches a server behind TLS; without the trust store the certificate fails. */
class JdbcTlsIT {
  @TempDir
  static Path dataDirectory;
  private static LiveServer server;
  private static TlsProxy proxy;

  @BeforeAll
  static void start() throws Exception {
    server = LiveServer.start(dataDirectory.resolve("data"));
    proxy = TlsProxy.start(dataDirectory, URI.create("http://127.0.0.1:" + server.port()));
  }

  @AfterAll
  static void stop() {
    proxy.close();
    server.close();
  }

  @Test
  void queriesOverTlsWithTheTrustStore() throws Exception {
    String url = "jdbc:eventlake://127.0.0.1:" + proxy.port() + "/?ssl=true&sslTrustStorePath="
        + proxy.trustStore() + "&sslTrustStorePassword=" + proxy.trustStorePassword() + "&sslTrustStoreType=PKCS12";
    try (Connection connection = DriverManager.getConnection(url, LiveServer.ADMIN_ID, LiveServer.ADMIN_SECRET);
        Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery("SELECT COUNT(*) FROM \"" + server.audit().id() + "\"")) {
      assertThat(results.next()).isTrue();
      assertThat(results.getLong(1)).isPositive();
    }
  }

  @Test
  void refusesAnUntrustedCertificate() {
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eventlake://127.0.0.1:" + proxy.port() + "?ssl=true",
        LiveServer.ADMIN_ID, LiveServer.ADMIN_SECRET)).isInstanceOf(SQLTransientConnectionException.class)
        .hasMessageContaining("https://127.0.0.1:" + proxy.port());
  }
}
