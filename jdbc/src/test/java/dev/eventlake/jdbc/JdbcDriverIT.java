package dev.eventlake.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connecting: the driver is found through DriverManager, the key is checked at once with the server's errors,
 * every role that can read may query, properties come from the URL and from Properties, and a connection's
 * lifecycle (warnings, validity, closing) behaves as JDBC says.
 */
class JdbcDriverIT {
  @TempDir
  static Path dataDirectory;
  private static LiveServer server;

  @BeforeAll
  static void start() {
    server = LiveServer.start(dataDirectory);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void isFoundByDriverManagerForItsUrlsOnly() throws SQLException {
    Driver driver = DriverManager.getDriver(server.url());
    assertThat(driver).isInstanceOf(EventlakeDriver.class);
    assertThat(driver.acceptsURL("jdbc:postgresql://localhost/x")).isFalse();
    assertThat(driver.connect("jdbc:postgresql://localhost/x", new Properties())).isNull();
    assertThat(driver.jdbcCompliant()).isFalse();
  }

  @Test
  void checksTheKeyWhenConnecting() {
    assertThatThrownBy(() -> DriverManager.getConnection(server.url(), LiveServer.ADMIN_ID, "wrong"))
        .isInstanceOf(SQLInvalidAuthorizationSpecException.class)
        .hasMessageStartingWith("UnrecognizedClientException: ")
        .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("28000");
    assertThatThrownBy(() -> DriverManager.getConnection(server.url(), "ELKNOSUCHKEY00000000", "secret"))
        .isInstanceOf(SQLInvalidAuthorizationSpecException.class);
    assertThatThrownBy(() -> DriverManager.getConnection(server.url())).hasMessageContaining("access key")
        .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("28000");
  }

  @Test
  void letsReadersAndAdminsQueryButNotWriters() throws SQLException {
    for (Role role : List.of(Role.READER, Role.ADMIN)) {
      AccessKey key = server.createKey(role);
      try (Connection connection = DriverManager.getConnection(server.url(), key.accessKeyId(),
          key.secretAccessKey()); Statement statement = connection.createStatement();
          ResultSet results = statement.executeQuery("SELECT COUNT(*) FROM \"" + server.audit().id() + "\"")) {
        assertThat(results.next()).as("%s", role).isTrue();
        assertThat(results.getLong(1)).isPositive();
        assertThat(connection.getMetaData().getTables(null, null, "%", null).next()).isTrue();
      }
    }
    AccessKey writer = server.createKey(Role.WRITER);
    assertThatThrownBy(() -> DriverManager.getConnection(server.url(), writer.accessKeyId(),
        writer.secretAccessKey())).hasMessageStartingWith("AccessDeniedException: ")
        .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("42501");
  }

  @Test
  void takesPropertiesFromTheUrlAndFromProperties() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", LiveServer.ADMIN_ID);
    info.setProperty("password", LiveServer.ADMIN_SECRET);
    info.setProperty("pageSize", "50");
    info.setProperty("someToolsOwnSetting", "ignored");
    try (Connection connection = DriverManager.getConnection(server.url() + "/?requestTimeout=30", info)) {
      assertThat(connection.unwrap(EventlakeConnection.class).pageSize()).isEqualTo(50);
    }
    try (Connection connection = DriverManager.getConnection(server.url() + "?pageSize=5", info)) {
      assertThat(connection.unwrap(EventlakeConnection.class).pageSize()).as("the URL wins").isEqualTo(5);
    }
    assertThatThrownBy(() -> DriverManager.getConnection(server.url() + "?pageSize=5000", info))
        .hasMessageContaining("pageSize must be a whole number from 1 to 1000");
    assertThatThrownBy(() -> DriverManager.getConnection(server.url() + "?pagesize=5", info))
        .hasMessageContaining("unknown property 'pagesize'");
    assertThatThrownBy(() -> DriverManager.getConnection(server.url() + "/lake", info))
        .hasMessageContaining("takes no path");
  }

  @Test
  void listsItsPropertiesWithCurrentValues() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "ELKSOMEONE");
    DriverPropertyInfo[] properties = DriverManager.getDriver(server.url())
        .getPropertyInfo(server.url() + "?ssl=true&pageSize=10", info);
    Map<String, DriverPropertyInfo> byName = Arrays.stream(properties)
        .collect(Collectors.toMap(property -> property.name, Function.identity()));
    assertThat(byName).containsOnlyKeys("user", "password", "ssl", "sslTrustStorePath", "sslTrustStorePassword",
        "sslTrustStoreType", "connectTimeout", "requestTimeout", "pageSize");
    assertThat(byName.get("ssl").value).isEqualTo("true");
    assertThat(byName.get("ssl").choices).containsExactly("true", "false");
    assertThat(byName.get("pageSize").value).isEqualTo("10");
    assertThat(byName.get("user").value).isEqualTo("ELKSOMEONE");
    assertThat(byName.get("user").required).isTrue();
    assertThat(byName.get("requestTimeout").value).isEqualTo("60");
    assertThat(byName.values()).allSatisfy(property -> assertThat(property.description).isNotBlank());
    assertThat(DriverManager.getDriver(server.url()).getPropertyInfo("jdbc:eventlake://", null)).hasSize(9);
  }

  @Test
  void reportsTlsAndNetworkProblemsClearly() {
    assertThatThrownBy(() -> server.connect("ssl=true&connectTimeout=5"))
        .isInstanceOf(SQLTransientConnectionException.class).hasMessageContaining("https://127.0.0.1:")
        .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("08006");
    assertThatThrownBy(() -> server.connect("ssl=true&sslTrustStorePath=" + dataDirectory.resolve("missing.p12")))
        .hasMessageContaining("Cannot use the trust store")
        .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("08001");
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:eventlake://127.0.0.1:1", LiveServer.ADMIN_ID,
        LiveServer.ADMIN_SECRET)).isInstanceOf(SQLTransientConnectionException.class);
  }

  @Test
  void behavesAsAReadOnlyConnectionWithoutTransactions() throws SQLException {
    Connection connection = server.connect();
    assertThat(connection.isValid(5)).isTrue();
    assertThat(connection.isReadOnly()).isTrue();
    assertThat(connection.getAutoCommit()).isTrue();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.commit();
    connection.rollback();
    Statement scrolling = connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_UPDATABLE);
    assertThat(scrolling.getResultSetType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
    assertThat(connection.getWarnings().getMessage()).contains("TYPE_FORWARD_ONLY");
    Statement open = connection.createStatement();
    connection.close();
    assertThat(connection.isClosed()).isTrue();
    assertThat(open.isClosed()).isTrue();
    assertThat(connection.isValid(1)).isFalse();
    assertThatThrownBy(connection::createStatement).extracting(failure -> ((SQLException) failure).getSQLState())
        .isEqualTo("08003");
  }
}
