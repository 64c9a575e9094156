package dev.eventlake.api.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.testing.SharedData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AccessDeniedException;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.CreateEventDataStoreResponse;
import software.amazon.awssdk.services.cloudtrail.model.DescribeQueryResponse;
import software.amazon.awssdk.services.cloudtrail.model.EventDataStoreNotFoundException;
import software.amazon.awssdk.services.cloudtrail.model.EventDataStoreTerminationProtectedException;
import software.amazon.awssdk.services.cloudtrail.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudtrail.model.InactiveQueryException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidQueryStatementException;
import software.amazon.awssdk.services.cloudtrail.model.QueryIdNotFoundException;
import software.amazon.awssdk.services.cloudtrail.model.QueryStatus;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

/** A whole CloudTrail Lake session through the real AWS SDK for Java v2 against a real server, signed with SigV4. */
class CloudTrailSdkIT {
  /**
   * The server runs on the real clock (SigV4 needs it), so stores keep the longest retention (3653 days) and import
   * only the corpus' events since 2023: those stay inside retention, and visible to queries, until 2033.
   */
  private static final int RETENTION_DAYS = 3653;
  private static final ImportRange RECENT_CORPUS = new ImportRange(Instant.parse("2023-01-01T00:00:00Z"), null);

  @TempDir
  static Path dataDirectory;
  private static EventlakeServer server;
  private static CloudTrailClient cloudTrail;

  @BeforeAll
  static void start() {
    server = TestServers.start(dataDirectory);
    cloudTrail = TestServers.cloudTrail(server, TestServers.ADMIN);
  }

  @AfterAll
  static void stop() {
    cloudTrail.close();
    server.close();
  }

  @Test
  void createsImportsQueriesPagesListsAndCancels() throws Exception {
    CreateEventDataStoreResponse created = cloudTrail.createEventDataStore(request -> request.name("sdk-session")
        .retentionPeriod(RETENTION_DAYS).tagsList(Tag.builder().key("team").value("security").build()));
    assertThat(created.eventDataStoreArn()).startsWith("arn:aws:cloudtrail:").contains(":eventdatastore/");
    assertThat(created.retentionPeriod()).isEqualTo(RETENTION_DAYS);
    assertThat(created.terminationProtectionEnabled()).isTrue();
    assertThat(created.createdTimestamp()).isBetween(Instant.now().minusSeconds(60), Instant.now());
    String storeId = created.eventDataStoreArn().substring(created.eventDataStoreArn().lastIndexOf('/') + 1);
    long imported = importRecentCorpus(storeId);

    assertThat(cloudTrail.getEventDataStore(request -> request.eventDataStore(storeId)).name())
        .isEqualTo("sdk-session");
    assertThat(cloudTrail.listEventDataStores(request -> { }).eventDataStores())
        .anySatisfy(store -> assertThat(store.eventDataStoreArn()).isEqualTo(created.eventDataStoreArn()));
    assertThat(cloudTrail.listTags(request -> request.resourceIdList(created.eventDataStoreArn()))
        .resourceTagList().get(0).tagsList()).containsExactly(Tag.builder().key("team").value("security").build());

    String queryId = cloudTrail.startQuery(request -> request.queryStatement("SELECT eventID, eventTime, "
        + "userIdentity.arn FROM " + storeId + " WHERE eventTime > '2000-01-01 00:00:00' ORDER BY eventID")).queryId();
    DescribeQueryResponse described = awaitEnd(queryId);
    assertThat(described.queryStatus()).isEqualTo(QueryStatus.FINISHED);
    assertThat(described.queryStatistics().eventsScanned()).isEqualTo(imported);
    assertThat(described.queryString()).contains(storeId);

    List<Map<String, String>> firstColumns = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String pageToken = token;
      GetQueryResultsResponse page = cloudTrail.getQueryResults(request -> request.queryId(queryId)
          .maxQueryResults(1000).nextToken(pageToken));
      page.queryResultRows().forEach(row -> firstColumns.add(row.get(0)));
      assertThat(page.queryStatistics().totalResultsCount()).isEqualTo(imported);
      token = page.nextToken();
      pages++;
    } while (token != null);
    assertThat(pages).isEqualTo((imported + 999) / 1000);
    // a SQL NULL travels as a JSON null, which the SDK leaves out of the column map
    assertThat(firstColumns).hasSize((int) imported)
        .allSatisfy(column -> assertThat(column.keySet()).isSubsetOf("eventID"));
    assertThat(firstColumns.stream().filter(column -> column.containsKey("eventID")).count()).isGreaterThan(3000);

    assertThat(cloudTrail.listQueries(request -> request.eventDataStore(created.eventDataStoreArn())).queries())
        .anySatisfy(query -> assertThat(query.queryId()).isEqualTo(queryId));
    assertThatThrownBy(() -> cloudTrail.cancelQuery(request -> request.queryId(queryId)))
        .isInstanceOf(InactiveQueryException.class);
  }

  @Test
  void cancelsARunningQuery() throws Exception {
    String storeId = storeWithCorpus("sdk-cancel");
    String queryId = cloudTrail.startQuery(request -> request.queryStatement("SELECT COUNT(*) FROM " + storeId
        + " a JOIN " + storeId + " b ON regexp_like(a.eventID || b.eventID || a.eventID, '^(.*)x')")).queryId();
    assertThat(cloudTrail.cancelQuery(request -> request.queryId(queryId)).queryStatusAsString())
        .isIn("CANCELLED", "RUNNING", "QUEUED");
    assertThat(awaitEnd(queryId).queryStatus()).isEqualTo(QueryStatus.CANCELLED);
  }

  @Test
  void errorsArriveAsTheSdksTypedExceptions() {
    assertThatThrownBy(() -> cloudTrail.getEventDataStore(request -> request.eventDataStore(
        "00000000-0000-0000-0000-000000000000"))).isInstanceOf(EventDataStoreNotFoundException.class)
        .satisfies(failure -> assertThat(((CloudTrailException) failure).statusCode()).isEqualTo(404));
    String storeId = storeWithCorpus("sdk-errors");
    assertThatThrownBy(() -> cloudTrail.startQuery(request -> request.queryStatement("DELETE FROM " + storeId)))
        .isInstanceOf(InvalidQueryStatementException.class).hasMessageContaining("SELECT");
    assertThatThrownBy(() -> cloudTrail.describeQuery(request -> request.queryId(
        "11111111-2222-3333-4444-555555555555"))).isInstanceOf(QueryIdNotFoundException.class);
    assertThatThrownBy(() -> cloudTrail.deleteEventDataStore(request -> request.eventDataStore(storeId)))
        .isInstanceOf(EventDataStoreTerminationProtectedException.class);
    assertThatThrownBy(() -> cloudTrail.createEventDataStore(request -> request.name("short-retention")
        .retentionPeriod(3))).isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void aReaderMayQueryButNotCreateStores() {
    AccessKey reader = server.accessKeys().create(Role.READER);
    try (CloudTrailClient readerClient = TestServers.cloudTrail(server, reader)) {
      assertThat(readerClient.listEventDataStores(request -> { }).eventDataStores()).isNotNull();
      assertThatThrownBy(() -> readerClient.createEventDataStore(request -> request.name("not-allowed")))
          .isInstanceOf(AccessDeniedException.class)
          .satisfies(failure -> assertThat(((CloudTrailException) failure).statusCode()).isEqualTo(403));
    }
  }

  @Test
  void unknownKeysAndWrongSecretsAreRejectedWith403AsAwsDoes() {
    AccessKey unknown = new AccessKey("ELKNOSUCHKEY0000000", "whatever", Role.ADMIN, Instant.EPOCH);
    AccessKey wrongSecret = new AccessKey(TestServers.ADMIN.accessKeyId(), "not-the-secret", Role.ADMIN, Instant.EPOCH);
    try (CloudTrailClient unknownClient = TestServers.cloudTrail(server, unknown);
        CloudTrailClient wrongClient = TestServers.cloudTrail(server, wrongSecret)) {
      assertThatThrownBy(() -> unknownClient.listEventDataStores(request -> { }))
          .isInstanceOfSatisfying(CloudTrailException.class, failure -> {
            assertThat(failure.statusCode()).isEqualTo(403);
            assertThat(failure.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
          });
      assertThatThrownBy(() -> wrongClient.listEventDataStores(request -> { }))
          .isInstanceOfSatisfying(CloudTrailException.class, failure -> {
            assertThat(failure.statusCode()).isEqualTo(403);
            assertThat(failure.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
          });
    }
  }

  private static String storeWithCorpus(String name) {
    String arn = cloudTrail.createEventDataStore(request -> request.name(name).retentionPeriod(RETENTION_DAYS))
        .eventDataStoreArn();
    String storeId = arn.substring(arn.lastIndexOf('/') + 1);
    importRecentCorpus(storeId);
    return storeId;
  }

  /** Imports the corpus' events since 2023; returns how many the store took. */
  private static long importRecentCorpus(String storeId) {
    try {
      return server.lake().importLogs(storeId, List.of(SharedData.cloudTrailRecords()), RECENT_CORPUS,
          statistics -> { }).statistics().eventsCompleted();
    } catch (java.io.IOException failure) {
      throw new java.io.UncheckedIOException(failure);
    }
  }

  private static DescribeQueryResponse awaitEnd(String queryId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      DescribeQueryResponse described = cloudTrail.describeQuery(request -> request.queryId(queryId));
      if (!List.of(QueryStatus.QUEUED, QueryStatus.RUNNING).contains(described.queryStatus())) {
        return described;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("query " + queryId + " did not end within 60 s");
  }
}
