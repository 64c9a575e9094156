package dev.eventlake.api.imports;

import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import dev.eventlake.api.server.EventlakeServer;
import dev.eventlake.api.server.ServerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetImportResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ImportStatus;
import software.amazon.awssdk.services.cloudtrail.model.QueryStatus;

/** A real Eventlake server on a free port with an admin key, and the AWS SDK's CloudTrail client pointed at it. */
final class ImportTestServer implements AutoCloseable {
  static final String ADMIN_KEY = "AKIDIMPORTTESTADMIN";
  static final String ADMIN_SECRET = "import-test-admin-secret";
  private final EventlakeServer server;
  private final CloudTrailClient cloudTrail;

  private ImportTestServer(EventlakeServer server) {
    this.server = server;
    this.cloudTrail = client(ADMIN_KEY, ADMIN_SECRET);
  }

  /** Starts a server on {@code dataDirectory} importing from {@code importRoot} and the given S3 settings. */
  static ImportTestServer start(Path dataDirectory, Path importRoot, ImportSettings imports) {
    ServerConfig config = ServerConfig.defaults(dataDirectory).withAddress("127.0.0.1", 0)
        .withEnvironmentKey(new AccessKey(ADMIN_KEY, ADMIN_SECRET, Role.ADMIN, Instant.now()))
        .withImportRoots(List.of(importRoot)).withImports(imports);
    return new ImportTestServer(EventlakeServer.start(config));
  }

  CloudTrailClient cloudTrail() {
    return cloudTrail;
  }

  EventlakeServer server() {
    return server;
  }

  /** A CloudTrail client signing with another key, e.g. one with a narrower role. */
  CloudTrailClient client(String accessKeyId, String secret) {
    return CloudTrailClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
        .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
        .build();
  }

  /**
   * Creates a store with default (management event) selectors and returns its ARN. Its retention is the longest
   * (3653 days), so the 2024 events of these tests stay visible to queries on the real clock until 2034.
   */
  String createStore(String name) {
    return cloudTrail.createEventDataStore(request -> request.name(name).terminationProtectionEnabled(false)
        .retentionPeriod(3653)).eventDataStoreArn();
  }

  /** Polls GetImport until the import is no longer INITIALIZING or IN_PROGRESS. */
  GetImportResponse awaitImport(String importId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      GetImportResponse response = cloudTrail.getImport(request -> request.importId(importId));
      if (response.importStatus() != ImportStatus.INITIALIZING && response.importStatus() != ImportStatus.IN_PROGRESS) {
        return response;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("import " + importId + " still " + response.importStatus());
      }
      Thread.sleep(50);
    }
  }

  /** {@code SELECT COUNT(*)} over a store, through StartQuery and GetQueryResults. */
  long countEvents(String storeArn) throws InterruptedException {
    String storeId = storeArn.substring(storeArn.lastIndexOf('/') + 1);
    String queryId = cloudTrail.startQuery(request -> request.queryStatement(
        "SELECT COUNT(*) AS events FROM " + storeId)).queryId();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      GetQueryResultsResponse results = cloudTrail.getQueryResults(request -> request.queryId(queryId));
      if (results.queryStatus() == QueryStatus.FINISHED) {
        Map<String, String> cell = results.queryResultRows().get(0).get(0);
        return Long.parseLong(cell.values().iterator().next());
      }
      if (results.queryStatus() != QueryStatus.QUEUED && results.queryStatus() != QueryStatus.RUNNING) {
        throw new AssertionError("query " + queryId + " ended " + results.queryStatus() + ": "
            + results.errorMessage());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("query " + queryId + " still " + results.queryStatus());
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    cloudTrail.close();
    server.close();
  }
}
