package dev.eventlake.api.rest;

import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import dev.eventlake.api.server.EventlakeServer;
import dev.eventlake.api.server.ServerConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** A real server on a free port for REST tests, with a known admin key from the "environment". */
final class RestServer implements AutoCloseable {
  static final String ADMIN_ID = "ELKTESTADMIN00000001";
  static final String ADMIN_SECRET = "test-admin-secret";
  private final EventlakeServer server;
  private final OpenApiContract contract;

  private RestServer(EventlakeServer server) {
    this.server = server;
    this.contract = OpenApiContract.fetch(server.port());
  }

  static RestServer start(Path dataDirectory) {
    return start(dataDirectory, UnaryOperator.identity());
  }

  static RestServer start(Path dataDirectory, UnaryOperator<ServerConfig> customisation) {
    ServerConfig config = ServerConfig.defaults(dataDirectory).withAddress("127.0.0.1", 0)
        .withEnvironmentKey(new AccessKey(ADMIN_ID, ADMIN_SECRET, Role.ADMIN, Instant.now()));
    return new RestServer(EventlakeServer.start(customisation.apply(config)));
  }

  EventlakeServer server() {
    return server;
  }

  int port() {
    return server.port();
  }

  OpenApiContract contract() {
    return contract;
  }

  /** A client authenticated as the environment's admin key. */
  RestClient admin() {
    return client(ADMIN_ID, ADMIN_SECRET);
  }

  /** A client with this key (null: no credentials), every response checked against the OpenAPI document. */
  RestClient client(String accessKeyId, String secret) {
    return new RestClient(server.port(), accessKeyId, secret, contract);
  }

  /** A key of {@code role} created directly in the server's key store. */
  AccessKey createKey(Role role) {
    return server.accessKeys().create(role);
  }

  @Override
  public void close() {
    server.close();
  }
}
