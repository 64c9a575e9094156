package dev.eventlake.api.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import dev.eventlake.query.service.QueryService;
import dev.eventlake.query.service.QueryServiceConfig;
import dev.eventlake.query.service.QueryStatus;
import dev.eventlake.retention.RetentionConfig;
import dev.eventlake.retention.StoreSweep;
import dev.eventlake.retention.SweepReport;
import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.MutableClock;
import dev.eventlake.store.testing.TestLakes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention as the server wires it: sweeps, query expiry and purged stores' query history, run once or scheduled. */
class RetentionServiceIT {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final long WAIT_MILLIS = 20_000;

  @TempDir Path dataDirectory;
  private final MutableClock clock = new MutableClock(NOW);
  private final MutableClock queryClock = new MutableClock(NOW);
  private Lake lake;
  private LakeEngine engine;
  private QueryService queries;
  private EventDataStore audit;

  @BeforeEach
  void open() throws Exception {
    lake = TestLakes.open(dataDirectory, clock);
    audit = TestLakes.createStore(lake, "audit", 7);
    lake.files(audit).commit(List.of(TestLakes.event("old", NOW.minus(Duration.ofDays(9))),
        TestLakes.event("new", NOW.minus(Duration.ofDays(1)))), List.of());
    engine = new LakeEngine(lake, QueryEngineConfig.defaults());
    queries = new QueryService(QueryServiceConfig.defaults(dataDirectory).withClock(queryClock), engine);
  }

  @AfterEach
  void close() {
    queries.close();
    engine.close();
  }

  @Test
  void aRunSweepsStoresAndForgetsTheQueriesOfPurgedStores() throws Exception {
    EventDataStore doomed = TestLakes.createStore(lake, "doomed", 30);
    String onAudit = finishedQuery("SELECT COUNT(*) FROM audit");
    String onDoomed = finishedQuery("SELECT COUNT(*) FROM doomed");
    lake.catalog().delete(doomed.id());
    clock.advance(Duration.ofDays(7));
    queryClock.advance(Duration.ofDays(1));

    SweepReport report = runOnce(false);

    assertThat(report.stores()).extracting(StoreSweep::outcome)
        .containsExactly(StoreSweep.Outcome.FILES_EXPIRED, StoreSweep.Outcome.PURGED);
    assertQueryGone(onDoomed);
    assertThat(queries.describe(onAudit).status()).as("not expired yet").isEqualTo(QueryStatus.FINISHED);
    assertThatThrownBy(() -> lake.catalog().get(doomed.id())).isInstanceOfSatisfying(LakeException.class,
        failure -> assertThat(failure.code()).isEqualTo(ErrorCode.EVENT_DATA_STORE_NOT_FOUND));
  }

  @Test
  void aRunExpiresQueriesSevenDaysAfterTheyFinishedButADryRunChangesNothing() throws Exception {
    String query = finishedQuery("SELECT COUNT(*) FROM audit");
    Path results = dataDirectory.resolve("queries").resolve(query);
    clock.advance(Duration.ofDays(8));
    queryClock.advance(Duration.ofDays(7));

    assertThat(runOnce(true).events()).isEqualTo(2);
    assertThat(lake.files(audit).eventCount()).isEqualTo(2);
    assertThat(results).exists();

    assertThat(runOnce(false).events()).isEqualTo(2);
    assertThat(lake.files(audit).eventCount()).isZero();
    assertQueryGone(query);
  }

  @Test
  void startedServiceSweepsAtOnceAndThenEveryInterval() throws Exception {
    try (RetentionService retention = new RetentionService(lake, queries, RetentionConfig.defaults()
        .withClock(clock).withSweepInterval(Duration.ofMillis(50)))) {
      retention.start();
      awaitEventCount(1);
      lake.files(audit).commit(List.of(TestLakes.event("late-import", NOW.minus(Duration.ofDays(30)))), List.of());
      awaitEventCount(1);
    }
  }

  private SweepReport runOnce(boolean dryRun) {
    try (RetentionService retention = new RetentionService(lake, queries, RetentionConfig.defaults()
        .withClock(clock))) {
      return retention.runOnce(dryRun);
    }
  }

  private String finishedQuery(String sql) throws InterruptedException {
    String queryId = queries.start(sql);
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!queries.describe(queryId).status().isTerminal() && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
    assertThat(queries.describe(queryId).status()).isEqualTo(QueryStatus.FINISHED);
    return queryId;
  }

  private void awaitEventCount(long expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (lake.files(audit).eventCount() != expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
    assertThat(lake.files(audit).eventCount()).isEqualTo(expected);
  }

  private void assertQueryGone(String queryId) {
    assertThatThrownBy(() -> queries.describe(queryId)).isInstanceOfSatisfying(LakeException.class,
        failure -> assertThat(failure.code()).isEqualTo(ErrorCode.QUERY_ID_NOT_FOUND));
    assertThat(dataDirectory.resolve("queries").resolve(queryId)).doesNotExist();
  }
}
