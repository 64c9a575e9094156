package dev.eventlake.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.client.EventlakeClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Statement.cancel()} from another thread and {@code setQueryTimeout} stop the query on the server: it ends
 * CANCELLED there, and the executing thread gets an SQLException (SQLTimeoutException for the timeout).
 */
class JdbcCancelIT {
  @TempDir
  static Path dataDirectory;
  private static LiveServer server;
  private static String slowQuery;

  @BeforeAll
  static void start() {
    server = LiveServer.start(dataDirectory);
    String table = "\"" + server.audit().id() + "\"";
    slowQuery = "SELECT COUNT(*) FROM " + table + " a JOIN " + table + " b ON regexp_like(a.eventID || b.eventID"
        + " || a.eventID, '^(.*)x')";
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void cancelFromAnotherThreadStopsTheServerQuery() throws Exception {
    EventlakeClient rest = server.adminClient();
    try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
      CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
        try {
          statement.executeQuery(slowQuery);
        } catch (SQLException failure) {
          throw new IllegalStateException(failure);
        }
      });
      String queryId = awaitQueryId(statement);
      awaitStatus(rest, queryId, "RUNNING");
      statement.cancel();
      assertThatThrownBy(() -> running.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
          .cause().cause().isInstanceOf(SQLException.class).hasMessageContaining("cancelled")
          .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("HY008");
      assertThat(rest.describeQuery(queryId).status()).isEqualTo("CANCELLED");
      assertThat(statement.executeQuery("SELECT COUNT(*) FROM \"" + server.audit().id() + "\"").next())
          .as("the statement stays usable").isTrue();
    }
  }

  @Test
  void queryTimeoutCancelsTheServerQuery() throws Exception {
    try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      long started = System.nanoTime();
      assertThatThrownBy(() -> statement.executeQuery(slowQuery)).isInstanceOf(SQLTimeoutException.class)
          .hasMessageContaining("query timeout of 1 s");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
      String queryId = statement.unwrap(EventlakeStatement.class).getQueryId();
      awaitStatus(server.adminClient(), queryId, "CANCELLED");
    }
  }

  @Test
  void closingTheConnectionStopsItsRunningQuery() throws Exception {
    Connection connection = server.connect();
    Statement statement = connection.createStatement();
    CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
      try {
        statement.executeQuery(slowQuery);
      } catch (SQLException expected) {
        // the query is cancelled by the close below
      }
    });
    String queryId = awaitQueryId(statement);
    connection.close();
    awaitStatus(server.adminClient(), queryId, "CANCELLED");
    running.get(60, TimeUnit.SECONDS);
    assertThat(statement.isClosed()).isTrue();
  }

  private static String awaitQueryId(Statement statement) throws Exception {
    EventlakeStatement eventlake = statement.unwrap(EventlakeStatement.class);
    for (int attempt = 0; attempt < 600; attempt++) {
      if (eventlake.getQueryId() != null) {
        return eventlake.getQueryId();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the statement never started its query");
  }

  private static void awaitStatus(EventlakeClient rest, String queryId, String status) throws Exception {
    String last = null;
    for (int attempt = 0; attempt < 600; attempt++) {
      last = rest.describeQuery(queryId).status();
      if (last.equals(status)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("query " + queryId + " is " + last + ", not " + status);
  }
}
