package dev.eventlake.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.api.imports.ImportSettings;
import dev.eventlake.api.imports.S3ProxyServer;
import dev.eventlake.api.server.EventlakeServer;
import dev.eventlake.api.server.ServerConfig;
import dev.eventlake.api.server.TestServers;
import dev.eventlake.api.signing.RsaKeys;
import dev.eventlake.query.saved.ParameterDefinition;
import dev.eventlake.query.saved.SavedQueryDefinition;
import dev.eventlake.query.sql.ParameterType;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.DeliveryStatus;
import software.amazon.awssdk.services.cloudtrail.model.DescribeQueryResponse;
import software.amazon.awssdk.services.cloudtrail.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidS3BucketNameException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidS3PrefixException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTimeRangeException;
import software.amazon.awssdk.services.cloudtrail.model.PublicKey;
import software.amazon.awssdk.services.cloudtrail.model.QueryStatus;
import software.amazon.awssdk.services.cloudtrail.model.SearchSampleQueriesSearchResult;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Saved queries, delivery and signing keys through the real AWS SDK CloudTrail client against a real server: StartQuery
 * by QueryAlias with QueryParameters and a DeliveryS3Uri on a real S3-compatible server (s3proxy) or a folder, polled
 * with DescribeQuery until delivered, then verified; SearchSampleQueries; ListPublicKeys across a rotation.
 */
class QueryDeliverySdkIT {
  private static final String BUCKET = "query-results";
  private static final String ACCOUNT_FOLDER = "AWSLogs/123456789012/CloudTrail-Lake/Query/";
  @TempDir
  static Path directory;
  private static S3ProxyServer s3;
  private static EventlakeServer server;
  private static CloudTrailClient cloudTrail;
  private static Path exports;
  private static String storeId;

  @BeforeAll
  static void start() throws Exception {
    s3 = S3ProxyServer.start();
    s3.createBucket(BUCKET);
    exports = Files.createDirectories(directory.resolve("exports/security-team"));
    server = EventlakeServer.start(ServerConfig.defaults(directory.resolve("data")).withAddress("127.0.0.1", 0)
        .withEnvironmentKey(TestServers.ADMIN).withImports(ImportSettings.defaults().withS3(s3.settings()))
        .withDelivery(new DeliverySettings(List.of(directory.resolve("exports")), 2_048)));
    cloudTrail = TestServers.cloudTrail(server, TestServers.ADMIN);
    storeId = server.lake().catalog().create(new CreateStoreRequest("audit", null, null, null, 3653, null, null, null, null, null)).id();
    server.lake().importLogs(storeId, List.of(SharedData.cloudTrailRecords()), ImportRange.ALL, statistics -> { });
    server.savedQueries().create("events-named", new SavedQueryDefinition("Events of one name", "SELECT eventID, "
        + "eventTime, eventName, userIdentity.arn FROM audit WHERE eventName = :name AND eventTime >= :since "
        + "ORDER BY eventID", List.of(ParameterDefinition.required("name", ParameterType.VARCHAR),
        new ParameterDefinition("since", ParameterType.TIMESTAMP, "2000-01-01 00:00:00", null)), Map.of()));
  }

  @AfterAll
  static void stop() throws Exception {
    cloudTrail.close();
    server.close();
    s3.close();
  }

  @Test
  void savedQueryRunsByAliasAndItsResultsAreDeliveredToTheBucketAndVerify() throws Exception {
    long expected = count("AssumeRole");
    String queryId = cloudTrail.startQuery(request -> request.queryAlias("events-named")
        .queryParameters("AssumeRole").deliveryS3Uri("s3://" + BUCKET + "/team-a")).queryId();

    DescribeQueryResponse described = awaitDelivery(queryId);
    assertThat(described.queryStatus()).isEqualTo(QueryStatus.FINISHED);
    assertThat(described.deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESS);
    assertThat(described.deliveryS3Uri()).isEqualTo("s3://" + BUCKET + "/team-a");
    assertThat(described.queryString()).contains("eventName = :name");
    assertThat(cloudTrail.describeQuery(request -> request.queryAlias("events-named")).queryId()).isEqualTo(queryId);

    String folder = "team-a/" + ACCOUNT_FOLDER + today() + "/" + queryId + "/";
    List<String> keys = s3.client().listObjectsV2(request -> request.bucket(BUCKET).prefix(folder)).contents()
        .stream().map(S3Object::key).map(key -> key.substring(folder.length())).toList();
    assertThat(keys).contains("result_1.csv.gz", "result_2.csv.gz", "result_sign.json");
    long rows = 0;
    for (String key : keys.stream().filter(ExportLayout::isResultFile).toList()) {
      String csv = gunzip(s3.client().getObjectAsBytes(request -> request.bucket(BUCKET).key(folder + key))
          .asByteArray());
      assertThat(csv).startsWith("eventID,eventTime,eventName,arn\r\n");
      rows += csv.lines().count() - 1;
    }
    assertThat(rows).isEqualTo(expected).isPositive();

    String uri = "s3://" + BUCKET + "/" + folder;
    assertThat(verify(new BucketExportFiles(s3.settings(), uri)).problems()).isEmpty();
    s3.client().putObject(request -> request.bucket(BUCKET).key(folder + "result_2.csv.gz"),
        RequestBody.fromBytes("changed".getBytes(StandardCharsets.UTF_8)));
    assertThat(verify(new BucketExportFiles(s3.settings(), uri)).problems()).singleElement().asString()
        .startsWith("result_2.csv.gz has been changed");
  }

  @Test
  void plainQueryIsDeliveredToAFolderAndTheCommandLineVerifiesIt() throws Exception {
    String queryId = cloudTrail.startQuery(request -> request.queryStatement("SELECT eventSource, COUNT(*) AS n FROM "
        + storeId + " GROUP BY 1 ORDER BY 2 DESC").deliveryS3Uri("file://" + exports)).queryId();
    assertThat(awaitDelivery(queryId).deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESS);
    Path folder = exports.resolve(ACCOUNT_FOLDER + today() + "/" + queryId);
    assertThat(gunzip(Files.readAllBytes(folder.resolve("result_1.csv.gz")))).startsWith("eventSource,n\r\n");

    CommandRun intact = CommandRun.of("verify-query-results", "--path", folder.toString(), "--data-dir",
        directory.resolve("data").toString());
    assertThat(intact.exitCode()).isZero();
    assertThat(intact.out()).contains(": intact (1 result files, signed by key ");

    byte[] bytes = Files.readAllBytes(folder.resolve("result_sign.json"));
    int at = new String(bytes, StandardCharsets.UTF_8).indexOf("\"fileHashValue\" : \"") + 20;
    bytes[at] = (byte) (bytes[at] == '0' ? '1' : '0');
    Files.write(folder.resolve("result_sign.json"), bytes);
    CommandRun tampered = CommandRun.of("verify-query-results", "--path", folder.toString(), "--data-dir",
        directory.resolve("data").toString());
    assertThat(tampered.exitCode()).isEqualTo(4);
    assertThat(tampered.out()).contains("FAILED", "result_sign.json has been changed", "result_1.csv.gz has been "
        + "changed");
  }

  @Test
  void parametersAndDestinationsAreCheckedWhenTheQueryStarts() {
    assertThatThrownBy(() -> cloudTrail.startQuery(request -> request.queryAlias("events-named")
        .queryParameters("AssumeRole", "last tuesday"))).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("Parameter 'since' is TIMESTAMP");
    assertThatThrownBy(() -> cloudTrail.startQuery(request -> request.queryAlias("events-named")))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("needs a value for parameter 'name'");
    assertThatThrownBy(() -> cloudTrail.startQuery(request -> request.queryAlias("no-such-query")))
        .isInstanceOfSatisfying(CloudTrailException.class, failure -> {
          assertThat(failure.statusCode()).isEqualTo(404);
          assertThat(failure.awsErrorDetails().errorCode()).isEqualTo("SavedQueryNotFoundException");
        });
    assertThatThrownBy(() -> cloudTrail.startQuery(request -> request.queryAlias("events-named")
        .queryStatement("SELECT 1"))).isInstanceOf(InvalidParameterException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> cloudTrail.startQuery(request -> request.queryStatement("SELECT 1 FROM " + storeId)
        .deliveryS3Uri("s3://Not_A_Bucket/x"))).isInstanceOf(InvalidS3BucketNameException.class);
    assertThatThrownBy(() -> cloudTrail.startQuery(request -> request.queryStatement("SELECT 1 FROM " + storeId)
        .deliveryS3Uri("file:///etc"))).isInstanceOf(InvalidS3PrefixException.class)
        .hasMessageContaining("outside the folders");
  }

  @Test
  void injectionThroughQueryParametersStaysData() throws Exception {
    String queryId = cloudTrail.startQuery(request -> request.queryAlias("events-named")
        .queryParameters("x' OR '1'='1")).queryId();
    assertThat(awaitEnd(queryId).queryStatus()).isEqualTo(QueryStatus.FINISHED);
    assertThat(cloudTrail.getQueryResults(request -> request.queryId(queryId)).queryStatistics().totalResultsCount())
        .isZero();
  }

  @Test
  void deliveryToAMissingBucketIsReportedNotSilent() throws Exception {
    String queryId = cloudTrail.startQuery(request -> request.queryStatement("SELECT eventID FROM " + storeId
        + " LIMIT 3").deliveryS3Uri("s3://no-such-bucket/x")).queryId();
    DescribeQueryResponse described = awaitDelivery(queryId);
    assertThat(described.queryStatus()).isEqualTo(QueryStatus.FINISHED);
    assertThat(described.deliveryStatus()).isEqualTo(DeliveryStatus.RESOURCE_NOT_FOUND);
    assertThat(described.errorMessage()).contains("s3://no-such-bucket/x", "NoSuchBucket");
  }

  @Test
  void searchSampleQueriesRanksAndPages() {
    List<SearchSampleQueriesSearchResult> results = cloudTrail.searchSampleQueries(request -> request
        .searchPhrase("console sign-ins without MFA").maxResults(3)).searchResults();
    assertThat(results).hasSize(3);
    assertThat(results.get(0).name()).isEqualTo("console-sign-ins-without-mfa");
    assertThat(results.get(0).relevance()).isEqualTo(1.0f);
    assertThat(results.get(0).sql()).contains("FROM $EDS_ID", "MFAUsed");
    String token = cloudTrail.searchSampleQueries(request -> request.searchPhrase("s3 bucket").maxResults(2))
        .nextToken();
    assertThat(cloudTrail.searchSampleQueries(request -> request.searchPhrase("s3 bucket").maxResults(2)
        .nextToken(token)).searchResults()).isNotEmpty();
    assertThatThrownBy(() -> cloudTrail.searchSampleQueries(request -> request.searchPhrase("root").maxResults(51)))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void listPublicKeysAcrossARotationAndOlderExportsStillVerify() throws Exception {
    String queryId = cloudTrail.startQuery(request -> request.queryStatement("SELECT eventID FROM " + storeId
        + " LIMIT 5").deliveryS3Uri("file://" + exports)).queryId();
    assertThat(awaitDelivery(queryId).deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESS);
    List<PublicKey> before = cloudTrail.listPublicKeys(request -> { }).publicKeyList();
    assertThat(before).hasSize(1);
    assertThat(before.get(0).validityEndTime()).isNull();
    assertThat(RsaKeys.fingerprint(before.get(0).value().asByteArray())).isEqualTo(before.get(0).fingerprint());

    Thread.sleep(1_100);
    CommandRun rotated = CommandRun.of("keys", "rotate-signing", "--data-dir", directory.resolve("data").toString());
    assertThat(rotated.exitCode()).isZero();
    List<PublicKey> all = cloudTrail.listPublicKeys(request -> request.startTime(Instant.parse("2000-01-01T00:00:00Z"))
        .endTime(Instant.now())).publicKeyList();
    assertThat(all).extracting(PublicKey::fingerprint).contains(before.get(0).fingerprint());
    PublicKey retired = all.stream().filter(key -> key.fingerprint().equals(before.get(0).fingerprint()))
        .findFirst().orElseThrow();
    assertThat(retired.validityEndTime()).isNotNull();
    List<PublicKey> now = cloudTrail.listPublicKeys(request -> { }).publicKeyList();
    assertThat(now).hasSize(1).extracting(PublicKey::fingerprint).doesNotContain(before.get(0).fingerprint());
    assertThat(rotated.out()).contains(now.get(0).fingerprint());

    Path folder = exports.resolve(ACCOUNT_FOLDER + today() + "/" + queryId);
    assertThat(verify(new FolderExportFiles(folder)).problems()).isEmpty();
    assertThat(verify(new FolderExportFiles(folder)).publicKeyFingerprint()).isEqualTo(before.get(0).fingerprint());
    assertThatThrownBy(() -> cloudTrail.listPublicKeys(request -> request.startTime(Instant.now())
        .endTime(Instant.now().minusSeconds(60)))).isInstanceOf(InvalidTimeRangeException.class);
  }

  private static VerificationReport verify(ExportFiles files) throws Exception {
    try (files) {
      return new ResultVerifier(server.signingKeys(), "us-east-1").verify(files);
    }
  }

  private static long count(String eventName) throws Exception {
    String queryId = cloudTrail.startQuery(request -> request.queryStatement("SELECT COUNT(*) AS n FROM " + storeId
        + " WHERE eventName = '" + eventName + "'")).queryId();
    awaitEnd(queryId);
    return Long.parseLong(cloudTrail.getQueryResults(request -> request.queryId(queryId)).queryResultRows().get(0)
        .get(0).get("n"));
  }

  private static DescribeQueryResponse awaitEnd(String queryId) throws InterruptedException {
    return await(queryId, described -> described.queryStatus() != QueryStatus.QUEUED
        && described.queryStatus() != QueryStatus.RUNNING);
  }

  private static DescribeQueryResponse awaitDelivery(String queryId) throws InterruptedException {
    return await(queryId, described -> described.deliveryStatus() != DeliveryStatus.PENDING);
  }

  private static DescribeQueryResponse await(String queryId,
      java.util.function.Predicate<DescribeQueryResponse> done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      DescribeQueryResponse described = cloudTrail.describeQuery(request -> request.queryId(queryId));
      if (done.test(described)) {
        return described;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("query " + queryId + " did not get there within 60 s");
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
  }

  private static String gunzip(byte[] bytes) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
