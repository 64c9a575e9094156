package dev.eventlake.query.service;

import static dev.eventlake.query.service.QueryTestSupport.START;
import static dev.eventlake.query.service.QueryTestSupport.assertFails;
import static dev.eventlake.query.service.QueryTestSupport.awaitStatus;
import static dev.eventlake.query.service.QueryTestSupport.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How long query history and results live: 7 days after the query finished, or until its store is purged. */
class QueryRetentionTest {
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
  void resultsAndHistoryExpireSevenDaysAfterTheQueryFinishedNotAfterItStarted() {
    CountDownLatch gate = new CountDownLatch(1);
    String queryId = service.start(runner.register("SELECT slow", FakeStatement.numbered(3, "store-a")
        .gatedBy(gate)));
    awaitStatus(service, queryId, QueryStatus.RUNNING);
    clock.advance(Duration.ofHours(2));
    gate.countDown();
    awaitStatus(service, queryId, QueryStatus.FINISHED);
    Path queryDirectory = config(directory, clock).queriesDirectory().resolve(queryId);

    clock.advance(Duration.ofDays(7).minusMillis(1));
    assertThat(service.expire()).isZero();
    assertThat(service.results(queryId, null, null).resultsCount()).isEqualTo(3);
    assertThat(service.describe(queryId).status()).isEqualTo(QueryStatus.FINISHED);

    clock.advance(Duration.ofMillis(1));
    assertThat(service.expire()).isEqualTo(1);
    assertThat(queryDirectory).doesNotExist();
    assertFails(() -> service.results(queryId, null, null), ErrorCode.QUERY_ID_NOT_FOUND);
  }

  @Test
  void forgettingAPurgedStoreDeletesEveryQueryThatReadIt() {
    String onA = service.start(runner.register("SELECT a", FakeStatement.numbered(2, "store-a")));
    String onB = service.start(runner.register("SELECT b", FakeStatement.numbered(2, "store-b")));
    String joined = service.start(runner.register("SELECT a JOIN b", new FakeStatement(
        FakeStatement.numbered(1, "store-a").columns(), 1, index -> new Object[] {1L, "x"},
        Set.of("store-a", "store-b"), null, 0, -1, null)));
    awaitStatus(service, onA, QueryStatus.FINISHED);
    awaitStatus(service, onB, QueryStatus.FINISHED);
    awaitStatus(service, joined, QueryStatus.FINISHED);

    assertThat(service.forgetStore("store-a")).isEqualTo(2);

    assertFails(() -> service.describe(onA), ErrorCode.QUERY_ID_NOT_FOUND);
    assertFails(() -> service.describe(joined), ErrorCode.QUERY_ID_NOT_FOUND);
    assertThat(config(directory, clock).queriesDirectory().resolve(onA)).doesNotExist();
    assertThat(service.describe(onB).status()).isEqualTo(QueryStatus.FINISHED);
    assertThat(service.forgetStore("store-a")).as("repeating is harmless").isZero();
  }
}
