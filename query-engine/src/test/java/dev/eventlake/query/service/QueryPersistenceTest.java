package dev.eventlake.query.service;

import static dev.eventlake.query.service.QueryTestSupport.START;
import static dev.eventlake.query.service.QueryTestSupport.STORE;
import static dev.eventlake.query.service.QueryTestSupport.assertFails;
import static dev.eventlake.query.service.QueryTestSupport.awaitStatus;
import static dev.eventlake.query.service.QueryTestSupport.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State on disk: restart survival, interrupted queries, the token key, and expiry after the retention period. */
class QueryPersistenceTest {
  @TempDir Path directory;
  private final MutableClock clock = new MutableClock(START);
  private final FakeRunner runner = new FakeRunner();

  @Test
  void finishedResultsAndTokensSurviveARestart() {
    runner.register("SELECT n", FakeStatement.numbered(1_500, STORE));
    String queryId;
    String token;
    try (QueryService first = new QueryService(config(directory, clock), runner)) {
      queryId = first.start("SELECT n");
      awaitStatus(first, queryId, QueryStatus.FINISHED);
      token = first.results(queryId, null, 1_000).nextToken();
    }

    try (QueryService second = new QueryService(config(directory, clock), runner)) {
      QueryResultsPage page = second.results(queryId, token, 1_000);
      assertThat(page.status()).isEqualTo(QueryStatus.FINISHED);
      assertThat(page.resultsCount()).isEqualTo(500);
      assertThat(page.typedRows().get(0)).containsExactly(1_000L, "row-1000");
      assertThat(second.describe(queryId).statistics().eventsScanned()).isEqualTo(15_000);
      assertThat(second.list(QueryListRequest.of(STORE)).queries()).extracting(QuerySummary::queryId)
          .containsExactly(queryId);
    }
  }

  @Test
  void queriesInFlightAtAStopComeBackFailed() {
    CountDownLatch never = new CountDownLatch(1);
    runner.register("SELECT blocked", FakeStatement.numbered(3, STORE).gatedBy(never));
    QueryService first = new QueryService(config(directory, clock).withConcurrency(1, 2), runner);
    String running = first.start("SELECT blocked");
    awaitStatus(first, running, QueryStatus.RUNNING);
    String queued = first.start("SELECT blocked");
    QueryRecord runningRecord = recordOf(first, running);
    QueryRecord queuedRecord = recordOf(first, queued);
    first.close();
    // Simulate a crash: put back the records as they were while the queries were in flight.
    QueryFiles files = new QueryFiles(config(directory, clock).queriesDirectory());
    files.save(runningRecord);
    files.save(queuedRecord);

    try (QueryService second = new QueryService(config(directory, clock), runner)) {
      for (String queryId : new String[] {running, queued}) {
        QueryDescription description = second.describe(queryId);
        assertThat(description.status()).isEqualTo(QueryStatus.FAILED);
        assertThat(description.errorMessage()).contains("server restarted");
      }
    }
  }

  @Test
  void closeEndsRunningQueriesWithoutLeakingThreads() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    runner.register("SELECT blocked", FakeStatement.numbered(3, STORE).gatedBy(never));
    QueryService service = new QueryService(config(directory, clock), runner);
    String running = service.start("SELECT blocked");
    awaitStatus(service, running, QueryStatus.RUNNING);

    service.close();

    assertThat(service.describe(running).status()).isEqualTo(QueryStatus.FAILED);
    assertThat(queryThreadsGoneWithin(Duration.ofSeconds(2))).isTrue();
    assertFails(() -> service.start("SELECT blocked"), ErrorCode.INTERNAL_FAILURE);
  }

  @Test
  void tokenKeyIsCreatedOnceAndOwnerOnly() throws IOException {
    QueryServiceConfig config = config(directory, clock);
    new QueryService(config, runner).close();
    byte[] key = Files.readAllBytes(config.tokenKeyFile());
    new QueryService(config, runner).close();

    assertThat(Files.readAllBytes(config.tokenKeyFile())).hasSize(32).isEqualTo(key);
    if (Files.getFileAttributeView(config.tokenKeyFile(), java.nio.file.attribute.PosixFileAttributeView.class)
        != null) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.tokenKeyFile())))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void queriesExpireSevenDaysAfterTheyEnded() {
    runner.register("SELECT n", FakeStatement.numbered(10, STORE));
    try (QueryService service = new QueryService(config(directory, clock), runner)) {
      String queryId = service.start("SELECT n");
      awaitStatus(service, queryId, QueryStatus.FINISHED);
      Path queryDirectory = config(directory, clock).queriesDirectory().resolve(queryId);

      clock.advance(Duration.ofDays(6).plusHours(23));
      assertThat(service.expire()).isZero();
      assertThat(service.results(queryId, null, null).resultsCount()).isEqualTo(10);

      clock.advance(Duration.ofHours(1));
      assertFails(() -> service.describe(queryId), ErrorCode.QUERY_ID_NOT_FOUND);
      assertThat(service.list(QueryListRequest.of(STORE)).queries()).isEmpty();
      service.expire();
      assertThat(queryDirectory).doesNotExist();
    }
  }

  @Test
  void expiredQueriesAreDeletedWhenTheServiceStarts() {
    runner.register("SELECT n", FakeStatement.numbered(10, STORE));
    String queryId;
    try (QueryService service = new QueryService(config(directory, clock), runner)) {
      queryId = service.start("SELECT n");
      awaitStatus(service, queryId, QueryStatus.FINISHED);
    }
    clock.advance(Duration.ofDays(8));

    try (QueryService service = new QueryService(config(directory, clock), runner)) {
      assertFails(() -> service.describe(queryId), ErrorCode.QUERY_ID_NOT_FOUND);
      assertThat(config(directory, clock).queriesDirectory().resolve(queryId)).doesNotExist();
    }
  }

  /** Pool threads leave shortly after their executor terminated. */
  private static boolean queryThreadsGoneWithin(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.isAlive() && thread.getName().startsWith("eventlake-query-"))) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  private static QueryRecord recordOf(QueryService service, String queryId) {
    QueryDescription description = service.describe(queryId);
    return new QueryRecord(QueryRecord.CURRENT_FORMAT_VERSION, queryId, description.queryString(),
        description.status(), null, description.storeIds(), START.toEpochMilli(),
        description.status() == QueryStatus.RUNNING ? START.toEpochMilli() : null, null, 0, 0, 0,
        java.util.List.of(), 0, 1_000, java.util.List.of(), null, null);
  }
}
