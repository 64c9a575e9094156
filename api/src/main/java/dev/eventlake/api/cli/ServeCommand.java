package dev.eventlake.api.cli;

import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.server.EventlakeServer;
import dev.eventlake.api.server.ServerConfig;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eventlake serve}: runs the server until SIGTERM or Ctrl-C, then shuts down without losing events. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the Eventlake server: CloudTrail-compatible API, PutAuditEvents, REST API under /v1.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--data-dir", description = "Data folder (default: ./eventlake-data).")
  Path dataDirectory = Path.of("eventlake-data");

  @Option(names = "--host", description = "Address to listen on (default: 127.0.0.1).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "Port to listen on (default: 8080; 0 picks a free port).")
  int port = 8080;

  @Option(names = "--import-root", description = "Folder that file:// import sources must lie within; repeatable "
      + "(default: the working folder, or EVENTLAKE_IMPORT_ROOTS).")
  java.util.List<Path> importRoots;

  @Option(names = "--export-root", description = "Folder that file:// query result deliveries (DeliveryS3Uri) must "
      + "lie within; repeatable (default: <data-dir>/exports, or EVENTLAKE_EXPORT_ROOTS).")
  java.util.List<Path> exportRoots;

  @Option(names = "--s3-endpoint", description = "S3-compatible endpoint s3:// imports read from and query results are "
      + "delivered to, addressed "
      + "path-style (default: AWS S3, or EVENTLAKE_S3_ENDPOINT); credentials from EVENTLAKE_S3_ACCESS_KEY_ID and "
      + "EVENTLAKE_S3_SECRET_ACCESS_KEY, region from EVENTLAKE_S3_REGION.")
  java.net.URI s3Endpoint;

  @Option(names = "--retention-interval", description = "How often to sweep expired events and results, as an "
      + "ISO-8601 duration (default: PT1H).")
  java.time.Duration retentionInterval;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = ServerConfig.defaults(dataDirectory.toAbsolutePath()).withEnvironment(System.getenv())
        .withAddress(host, port);
    if (importRoots != null && !importRoots.isEmpty()) {
      config = config.withImportRoots(importRoots);
    }
    if (exportRoots != null && !exportRoots.isEmpty()) {
      config = config.withDelivery(config.delivery().withFileRoots(exportRoots));
    }
    if (s3Endpoint != null) {
      config = config.withImports(config.imports().withS3(config.imports().s3().withEndpoint(s3Endpoint)));
    }
    if (retentionInterval != null) {
      config = config.withRetentionSweepInterval(retentionInterval);
    }
    EventlakeServer server = EventlakeServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Eventlake stopping: finishing requests in flight and committing buffered events");
      server.close();
      stopped.countDown();
    }, "eventlake-shutdown"));
    AccessKey generated = server.generatedKey();
    if (generated != null) {
      System.out.println("Generated admin access key " + generated.accessKeyId() + "; its secret is in "
          + server.accessKeys().file() + " (readable by you only)");
    }
    System.out.println("Eventlake ready on http://" + host + ":" + server.port() + " (data folder "
        + config.dataDirectory() + ")");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
