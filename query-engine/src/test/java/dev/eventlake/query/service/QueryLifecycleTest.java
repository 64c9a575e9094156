package dev.eventlake.query.service;

import static dev.eventlake.query.service.QueryTestSupport.START;
import static dev.eventlake.query.service.QueryTestSupport.STORE;
import static dev.eventlake.query.service.QueryTestSupport.assertFails;
import static dev.eventlake.query.service.QueryTestSupport.awaitStatus;
import static dev.eventlake.query.service.QueryTestSupport.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** States, statistics and failures of single queries. */
class QueryLifecycleTest {
  @TempDir Path directory;
  private final MutableClock clock = new MutableClock(START);
  private final FakeRunner runner = new FakeRunner();
  private QueryService service;

  @BeforeEach
  void open() {
    service = new QueryService(config(directory, clock), runner);
  }

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void queryRunsFromRunningToFinishedWithStatistics() {
    CountDownLatch gate = new CountDownLatch(1);
    String sql = runner.register("SELECT n", FakeStatement.numbered(5, STORE).gatedBy(gate));

    String queryId = service.start(sql);

    assertThat(queryId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    awaitStatus(service, queryId, QueryStatus.RUNNING);
    clock.advance(Duration.ofSeconds(3));
    assertThat(service.describe(queryId).statistics().executionTimeInMillis()).isEqualTo(3_000);
    gate.countDown();
    QueryDescription finished = awaitStatus(service, queryId, QueryStatus.FINISHED);
    assertThat(finished.queryString()).isEqualTo(sql);
    assertThat(finished.storeIds()).containsExactly(STORE);
    assertThat(finished.errorMessage()).isNull();
    assertThat(finished.statistics()).isEqualTo(new QueryStatistics(5, 50, 500, 3_000, START));
    assertThat(finished.endTime()).isEqualTo(START.plusSeconds(3));
    assertThat(runner.executions.get(0).closed()).isTrue();
  }

  @Test
  void invalidStatementIsRejectedByStartItself() {
    assertFails(() -> service.start("SELEC nonsense"), ErrorCode.INVALID_QUERY_STATEMENT);
    assertFails(() -> service.start(" "), ErrorCode.INVALID_PARAMETER);
  }

  @Test
  void failureWhileStartingOrReadingEndsFailedWithTheMessage() {
    String failsToStart = runner.register("SELECT gone", FakeStatement.numbered(1, STORE).failingToStart(
        LakeException.of(ErrorCode.EVENT_DATA_STORE_NOT_FOUND, "store-a was deleted")));
    String failsMidway = runner.register("SELECT broken", FakeStatement.numbered(10, STORE).failingAt(4));

    QueryDescription notStarted = awaitStatus(service, service.start(failsToStart), QueryStatus.FAILED);
    QueryDescription broken = awaitStatus(service, service.start(failsMidway), QueryStatus.FAILED);

    assertThat(notStarted.errorMessage()).isEqualTo("store-a was deleted");
    assertThat(broken.errorMessage()).contains("fake failure at row 4");
    QueryResultsPage page = service.results(broken.queryId(), null, null);
    assertThat(page.status()).isEqualTo(QueryStatus.FAILED);
    assertThat(page.errorMessage()).contains("fake failure at row 4");
    assertThat(page.stringRows()).isEmpty();
  }

  @Test
  void unknownQueryIdIsNotFound() {
    assertFails(() -> service.describe("00000000-0000-0000-0000-000000000000"), ErrorCode.QUERY_ID_NOT_FOUND);
    assertFails(() -> service.results("../keys", null, null), ErrorCode.QUERY_ID_NOT_FOUND);
    assertFails(() -> service.cancel(null), ErrorCode.QUERY_ID_NOT_FOUND);
  }

  @Test
  void runningAndQueuedQueriesReportNoRowsYet() {
    CountDownLatch gate = new CountDownLatch(1);
    String sql = runner.register("SELECT slow", FakeStatement.numbered(3, STORE).gatedBy(gate));
    String running = service.start(sql);
    awaitStatus(service, running, QueryStatus.RUNNING);

    QueryResultsPage page = service.results(running, null, 10);

    assertThat(page.status()).isEqualTo(QueryStatus.RUNNING);
    assertThat(page.stringRows()).isEmpty();
    assertThat(page.nextToken()).isNull();
    gate.countDown();
    awaitStatus(service, running, QueryStatus.FINISHED);
  }

  @Test
  void timeoutStopsTheQueryAndKeepsPartialResults() {
    service.close();
    service = new QueryService(config(directory, clock).withQueryTimeout(Duration.ofMillis(300)), runner);
    String sql = runner.register("SELECT forever", FakeStatement.numbered(1_000_000, STORE).slow(5));

    String queryId = service.start(sql);

    QueryDescription timedOut = awaitStatus(service, queryId, QueryStatus.TIMED_OUT);
    assertThat(timedOut.errorMessage()).contains("timeout");
    QueryResultsPage page = service.results(queryId, null, 1_000);
    assertThat(page.status()).isEqualTo(QueryStatus.TIMED_OUT);
    assertThat(page.totalResultsCount()).isPositive().isLessThan(1_000);
    assertThat(page.resultsCount()).isEqualTo((int) page.totalResultsCount());
    assertThat(page.typedRows().get(0)).containsExactly(0L, "row-0");
  }

  @Test
  void arrowStreamNeedsAQueryWithResults() {
    String failing = runner.register("SELECT broken", FakeStatement.numbered(10, STORE).failingAt(0));
    String queryId = service.start(failing);
    awaitStatus(service, queryId, QueryStatus.FAILED);

    assertFails(() -> service.arrowStream(queryId, new java.io.ByteArrayOutputStream()), ErrorCode.INVALID_PARAMETER);
  }

  @Test
  void queryTimedOutWhilePlanningStreamsAnEmptyResult() throws Exception {
    service.close();
    service = new QueryService(config(directory, clock).withQueryTimeout(Duration.ofMillis(100)), runner);
    String sql = runner.register("SELECT stuck", FakeStatement.numbered(3, STORE).gatedBy(new CountDownLatch(1)));
    String queryId = service.start(sql);
    awaitStatus(service, queryId, QueryStatus.TIMED_OUT);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    service.arrowStream(queryId, out);

    assertThat(service.results(queryId, null, null).totalResultsCount()).isZero();
    try (org.apache.arrow.memory.RootAllocator allocator = new org.apache.arrow.memory.RootAllocator();
        org.apache.arrow.vector.ipc.ArrowStreamReader reader = new org.apache.arrow.vector.ipc.ArrowStreamReader(
            new java.io.ByteArrayInputStream(out.toByteArray()), allocator)) {
      assertThat(reader.getVectorSchemaRoot().getSchema().getFields()).hasSize(2);
      assertThat(reader.loadNextBatch()).isFalse();
    }
  }
}
