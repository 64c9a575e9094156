package dev.eventlake.query.service;

import static dev.eventlake.query.service.QueryTestSupport.START;
import static dev.eventlake.query.service.QueryTestSupport.STORE;
import static dev.eventlake.query.service.QueryTestSupport.assertFails;
import static dev.eventlake.query.service.QueryTestSupport.awaitStatus;
import static dev.eventlake.query.service.QueryTestSupport.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admission, the FIFO queue, cancellation and the memory budget (2 workers, queue of 2). */
class QueryConcurrencyTest {
  @TempDir Path directory;
  private final MutableClock clock = new MutableClock(START);
  private final FakeRunner runner = new FakeRunner();
  private final CountDownLatch gate = new CountDownLatch(1);
  private QueryService service;
  private String blocked;

  @BeforeEach
  void open() {
    service = new QueryService(config(directory, clock), runner);
    blocked = runner.register("SELECT blocked", FakeStatement.numbered(3, STORE).gatedBy(gate));
  }

  @AfterEach
  void close() {
    gate.countDown();
    service.close();
  }

  @Test
  void queueFullRejectsWithMaxConcurrentQueriesUntilASlotFrees() {
    String first = service.start(blocked);
    String second = service.start(blocked);
    awaitStatus(service, first, QueryStatus.RUNNING);
    awaitStatus(service, second, QueryStatus.RUNNING);
    String third = service.start(blocked);
    String fourth = service.start(blocked);

    assertThat(service.describe(third).status()).isEqualTo(QueryStatus.QUEUED);
    assertThat(service.describe(fourth).status()).isEqualTo(QueryStatus.QUEUED);
    assertFails(() -> service.start(blocked), ErrorCode.MAX_CONCURRENT_QUERIES);

    service.cancel(fourth);
    String fifth = service.start(blocked);
    gate.countDown();
    for (String queryId : List.of(first, second, third, fifth)) {
      awaitStatus(service, queryId, QueryStatus.FINISHED);
    }
    assertThat(service.describe(fourth).status()).isEqualTo(QueryStatus.CANCELLED);
  }

  @Test
  void cancellingAQueuedQueryMeansItNeverRuns() {
    String first = service.start(blocked);
    String second = service.start(blocked);
    awaitStatus(service, second, QueryStatus.RUNNING);
    String queued = service.start(blocked);

    QueryDescription cancelled = service.cancel(queued);

    assertThat(cancelled.status()).isEqualTo(QueryStatus.CANCELLED);
    gate.countDown();
    awaitStatus(service, first, QueryStatus.FINISHED);
    awaitStatus(service, second, QueryStatus.FINISHED);
    assertThat(runner.executions).hasSize(2);
    assertThat(service.describe(queued).statistics().executionTimeInMillis()).isZero();
  }

  @Test
  void cancellingARunningQueryStopsTheScanPromptly() {
    String running = service.start(blocked);
    awaitStatus(service, running, QueryStatus.RUNNING);
    while (runner.executions.isEmpty()) {
      Thread.onSpinWait();
    }

    QueryDescription cancelled = service.cancel(running);

    assertThat(cancelled.status()).isEqualTo(QueryStatus.CANCELLED);
    assertThat(runner.executions.get(0).cancelled()).isTrue();
    QueryResultsPage page = service.results(running, null, null);
    assertThat(page.status()).isEqualTo(QueryStatus.CANCELLED);
    assertThat(page.stringRows()).isEmpty();
    assertFails(() -> service.cancel(running), ErrorCode.INACTIVE_QUERY);
  }

  @Test
  void cancellingAFinishedQueryIsRejected() {
    String sql = runner.register("SELECT quick", FakeStatement.numbered(1, STORE));
    String finished = service.start(sql);
    awaitStatus(service, finished, QueryStatus.FINISHED);

    assertFails(() -> service.cancel(finished), ErrorCode.INACTIVE_QUERY);
  }

  @Test
  void resultsBeyondTheMemoryBudgetFailTheQueryButNotTheService() {
    service.close();
    service = new QueryService(config(directory, clock).withMemoryBudgetBytes(256 * 1024), runner);
    ResultColumn text = new ResultColumn("text", FakeStatement.VARCHAR);
    String wide = runner.register("SELECT wide", FakeStatement.numbered(0, STORE)
        .withRows(List.of(text), 500, index -> new Object[] {"x".repeat(2_000)}));
    String narrow = runner.register("SELECT narrow", FakeStatement.numbered(2_000, STORE));

    QueryDescription failed = awaitStatus(service, service.start(wide), QueryStatus.FAILED);
    String after = service.start(narrow);

    assertThat(failed.errorMessage()).contains("memory budget of 262,144 bytes");
    awaitStatus(service, after, QueryStatus.FINISHED);
    assertThat(service.results(after, null, null).totalResultsCount()).isEqualTo(2_000);
  }
}
