package dev.eventlake.jdbc;

import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import dev.eventlake.api.server.EventlakeServer;
import dev.eventlake.api.server.ServerConfig;
import dev.eventlake.client.ClientConfig;
import dev.eventlake.client.EventlakeClient;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.testing.ActivityAuditLogs;
import dev.eventlake.store.testing.SharedData;
import dev.eventlake.store.testing.TestLakes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * A real Eventlake server on a free port for the JDBC tests: an admin key, a CloudTrail store {@code audit} holding
 * the shared corpus's management events, and an empty ActivityAuditLog store {@code partner-events}. It runs on a
 * clock before the corpus, so retention hides none of its events.
 */
final class LiveServer implements AutoCloseable {
  static final String ADMIN_ID = "ELKJDBCADMIN00000001";
  static final String ADMIN_SECRET = "jdbc-admin-secret-for-tests";
  private final EventlakeServer server;
  private final EventDataStore audit;
  private final EventDataStore activity;

  private LiveServer(EventlakeServer server, EventDataStore audit, EventDataStore activity) {
    this.server = server;
    this.audit = audit;
    this.activity = activity;
  }

  static LiveServer start(Path dataDirectory) {
    ServerConfig config = ServerConfig.defaults(dataDirectory).withAddress("127.0.0.1", 0)
        .withEnvironmentKey(new AccessKey(ADMIN_ID, ADMIN_SECRET, Role.ADMIN, Instant.now()))
        .withClock(TestLakes.BEFORE_CORPUS);
    EventlakeServer server = EventlakeServer.start(config);
    try {
      EventDataStore audit = server.lake().catalog().create(new CreateStoreRequest("audit", null, null, null, null,
          false, null, null, null, null));
      server.lake().importLogs(audit.id(), List.of(SharedData.cloudTrailRecords()), ImportRange.ALL,
          statistics -> { });
      EventDataStore activity = server.lake().catalog().create(ActivityAuditLogs.storeRequest("partner-events"));
      return new LiveServer(server, audit, activity);
    } catch (IOException | RuntimeException failure) {
      server.close();
      throw failure instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failure;
    }
  }

  int port() {
    return server.port();
  }

  /** {@code jdbc:eventlake://127.0.0.1:<port>}. */
  String url() {
    return "jdbc:eventlake://127.0.0.1:" + port();
  }

  /** A connection as the admin key, through DriverManager and the driver's service registration. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), ADMIN_ID, ADMIN_SECRET);
  }

  /** A connection with the URL's query {@code properties} ({@code pageSize=7&…}). */
  Connection connect(String properties) throws SQLException {
    return DriverManager.getConnection(url() + "/?" + properties, ADMIN_ID, ADMIN_SECRET);
  }

  /** A REST client as the admin key, to look at what the driver did. */
  EventlakeClient adminClient() {
    return new EventlakeClient(ClientConfig.of(URI.create("http://127.0.0.1:" + port()), ADMIN_ID, ADMIN_SECRET));
  }

  AccessKey createKey(Role role) {
    return server.accessKeys().create(role);
  }

  /** The CloudTrail store holding the shared corpus. */
  EventDataStore audit() {
    return audit;
  }

  /** The empty ActivityAuditLog store. */
  EventDataStore activity() {
    return activity;
  }

  EventlakeServer server() {
    return server;
  }

  @Override
  public void close() {
    server.close();
  }
}
