package dev.eventlake.api.server;

import static java.util.Objects.requireNonNull;

import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import dev.eventlake.api.delivery.DeliverySettings;
import dev.eventlake.api.imports.ImportSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Configuration of the server; {@link #defaults(Path)} is the one place defaults live.
 *
 * @param dataDirectory where stores, queries and keys live
 * @param host address to listen on
 * @param port port to listen on; 0 picks a free one
 * @param maxRequestBytes largest request body accepted
 * @param importRoots folders {@code file://} import sources must lie within
 * @param environmentKey an admin key given by environment variables, or null
 * @param shutdownGrace how long stopping waits for requests in flight
 * @param clock time source for signatures, stores and queries
 * @param imports how imports run, including the S3 endpoint {@code s3://} sources are read from (and query results
 *     are delivered to)
 * @param delivery how query results are delivered to a {@code DeliveryS3Uri}
 * @param retentionSweepInterval how often retention sweeps run, starting at once
 */
public record ServerConfig(Path dataDirectory, String host, int port, long maxRequestBytes, List<Path> importRoots,
    AccessKey environmentKey, Duration shutdownGrace, Clock clock, ImportSettings imports,
    DeliverySettings delivery, Duration retentionSweepInterval) {
  public static final String ACCESS_KEY_VARIABLE = "EVENTLAKE_ACCESS_KEY_ID";
  public static final String SECRET_KEY_VARIABLE = "EVENTLAKE_SECRET_ACCESS_KEY";
  public static final String IMPORT_ROOTS_VARIABLE = "EVENTLAKE_IMPORT_ROOTS";

  public ServerConfig {
    requireNonNull(dataDirectory, "dataDirectory is null");
    requireNonNull(host, "host is null");
    importRoots = importRoots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    requireNonNull(shutdownGrace, "shutdownGrace is null");
    requireNonNull(clock, "clock is null");
    requireNonNull(imports, "imports is null");
    requireNonNull(delivery, "delivery is null");
    requireNonNull(retentionSweepInterval, "retentionSweepInterval is null");
  }

  /**
   * 127.0.0.1:8080, 16 MiB bodies, imports from below the working folder, 10 s shutdown grace, UTC clock, query
   * results delivered to folders below {@code <dataDirectory>/exports}.
   */
  public static ServerConfig defaults(Path dataDirectory) {
    return new ServerConfig(dataDirectory, "127.0.0.1", 8080, 16L << 20, List.of(Path.of("")), null,
        Duration.ofSeconds(10), Clock.systemUTC(), ImportSettings.defaults(),
        DeliverySettings.defaults(dataDirectory), Duration.ofHours(1));
  }

  /**
   * Applies {@code EVENTLAKE_ACCESS_KEY_ID}/{@code EVENTLAKE_SECRET_ACCESS_KEY}, {@code EVENTLAKE_IMPORT_ROOTS} and
   * the {@code EVENTLAKE_S3_*} variables of {@link dev.eventlake.api.imports.S3Settings}, and
   * {@code EVENTLAKE_EXPORT_ROOTS}.
   */
  public ServerConfig withEnvironment(Map<String, String> environment) {
    ServerConfig config = withImports(imports.withEnvironment(environment))
        .withDelivery(delivery.withEnvironment(environment));
    String id = environment.get(ACCESS_KEY_VARIABLE);
    String secret = environment.get(SECRET_KEY_VARIABLE);
    if (id != null && !id.isBlank() && secret != null && !secret.isBlank()) {
      config = config.withEnvironmentKey(new AccessKey(id.trim(), secret.trim(), Role.ADMIN, clock.instant()));
    }
    String roots = environment.get(IMPORT_ROOTS_VARIABLE);
    if (roots != null && !roots.isBlank()) {
      config = config.withImportRoots(java.util.Arrays.stream(roots.split(java.io.File.pathSeparator))
          .filter(root -> !root.isBlank()).map(Path::of).toList());
    }
    return config;
  }

  /** How often the server sweeps expired events, purges stores past the restore window and expires results. */
  public ServerConfig withRetentionSweepInterval(Duration interval) {
    return new ServerConfig(dataDirectory, host, port, maxRequestBytes, importRoots, environmentKey, shutdownGrace,
        clock, imports, delivery, interval);
  }

  public ServerConfig withAddress(String newHost, int newPort) {
    return new ServerConfig(dataDirectory, newHost, newPort, maxRequestBytes, importRoots, environmentKey,
        shutdownGrace, clock, imports, delivery, retentionSweepInterval);
  }

  public ServerConfig withEnvironmentKey(AccessKey key) {
    return new ServerConfig(dataDirectory, host, port, maxRequestBytes, importRoots, key, shutdownGrace, clock,
        imports, delivery, retentionSweepInterval);
  }

  public ServerConfig withImportRoots(List<Path> roots) {
    return new ServerConfig(dataDirectory, host, port, maxRequestBytes, roots, environmentKey, shutdownGrace, clock,
        imports, delivery, retentionSweepInterval);
  }

  public ServerConfig withMaxRequestBytes(long bytes) {
    return new ServerConfig(dataDirectory, host, port, bytes, importRoots, environmentKey, shutdownGrace, clock,
        imports, delivery, retentionSweepInterval);
  }

  public ServerConfig withClock(Clock newClock) {
    return new ServerConfig(dataDirectory, host, port, maxRequestBytes, importRoots, environmentKey, shutdownGrace,
        newClock, imports, delivery, retentionSweepInterval);
  }

  public ServerConfig withImports(ImportSettings newImports) {
    return new ServerConfig(dataDirectory, host, port, maxRequestBytes, importRoots, environmentKey, shutdownGrace,
        clock, newImports, delivery, retentionSweepInterval);
  }

  public ServerConfig withDelivery(DeliverySettings newDelivery) {
    return new ServerConfig(dataDirectory, host, port, maxRequestBytes, importRoots, environmentKey, shutdownGrace,
        clock, imports, newDelivery, retentionSweepInterval);
  }
}
