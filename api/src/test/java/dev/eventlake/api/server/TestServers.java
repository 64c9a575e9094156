package dev.eventlake.api.server;

import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtraildata.CloudTrailDataClient;

/** Starts real servers on free ports and builds real AWS SDK clients pointed at them, for integration tests. */
public final class TestServers {
  public static final AccessKey ADMIN = new AccessKey("ELKTESTADMIN0000001", "admin-secret-for-tests-only",
      Role.ADMIN, Instant.EPOCH);

  private TestServers() {}

  /** A server over {@code dataDirectory} on a free port with the {@link #ADMIN} key. */
  public static EventlakeServer start(Path dataDirectory) {
    return EventlakeServer.start(ServerConfig.defaults(dataDirectory).withAddress("127.0.0.1", 0)
        .withEnvironmentKey(ADMIN).withImportRoots(java.util.List.of(dataDirectory.getRoot())));
  }

  public static URI endpoint(EventlakeServer server) {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The AWS SDK CloudTrail client, signing with {@code key}, in any region (eu-west-3 here, to prove it). */
  public static CloudTrailClient cloudTrail(EventlakeServer server, AccessKey key) {
    return CloudTrailClient.builder().endpointOverride(endpoint(server)).region(Region.EU_WEST_3)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
        .httpClient(UrlConnectionHttpClient.create()).build();
  }

  /** The AWS SDK CloudTrail Data client (PutAuditEvents), signing with {@code key}. */
  public static CloudTrailDataClient cloudTrailData(EventlakeServer server, AccessKey key) {
    return CloudTrailDataClient.builder().endpointOverride(endpoint(server)).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
        .httpClient(UrlConnectionHttpClient.create()).build();
  }
}
