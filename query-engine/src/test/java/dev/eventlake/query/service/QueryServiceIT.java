package dev.eventlake.query.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.query.engine.CorpusEngine;
import dev.eventlake.query.engine.LakeEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query service over the real engine and real Parquet: paging, cancel and timeout of real scans, restart. */
class QueryServiceIT {
  /**
   * About fourteen million regular-expression matches in a nested-loop join: a minute or more of work whatever plan
   * Calcite picks, with a pull from a scan (where cancellation is noticed) every few microseconds.
   */
  private static final String ENDLESS = "SELECT COUNT(*) FROM %1$s a JOIN %1$s b "
      + "ON regexp_like(a.eventID || b.eventID || a.eventID, '^(.*)x')";
  @TempDir
  static Path dataDirectory;
  private static CorpusEngine corpus;
  private static LakeEngine engine;
  private static String table;

  @BeforeAll
  static void importCorpus() throws Exception {
    corpus = CorpusEngine.open(dataDirectory.resolve("lake"));
    engine = corpus.engine();
    table = "\"" + corpus.storeId() + "\"";
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void pagesThroughAFinishedQueryAndKeepsItAcrossARestart() throws Exception {
    Path queries = dataDirectory.resolve("paging");
    String queryId;
    List<String> firstPass;
    try (QueryService service = new QueryService(QueryServiceConfig.defaults(queries), engine)) {
      queryId = service.start("SELECT eventID, eventTime FROM " + table + " ORDER BY eventID, eventTime");
      assertThat(await(service, queryId).status()).isEqualTo(QueryStatus.FINISHED);
      firstPass = eventIds(service, queryId);
      QueryDescription description = service.describe(queryId);
      assertThat(description.statistics().eventsScanned()).isEqualTo(3748);
      assertThat(description.statistics().bytesScanned()).isPositive();
      assertThat(description.storeIds()).containsExactly(table.replace("\"", ""));
    }
    assertThat(firstPass).hasSize(3748);
    try (QueryService restarted = new QueryService(QueryServiceConfig.defaults(queries), engine)) {
      assertThat(eventIds(restarted, queryId)).isEqualTo(firstPass);
    }
  }

  @Test
  void cancelStopsARunningQueryAndTheServiceCarriesOn() throws Exception {
    QueryServiceConfig oneAtATime = QueryServiceConfig.defaults(dataDirectory.resolve("cancel")).withConcurrency(1, 10);
    try (QueryService service = new QueryService(oneAtATime, engine)) {
      String endless = service.start(String.format(ENDLESS, table));
      waitFor(service, endless, QueryStatus.RUNNING);
      Thread.sleep(500);
      assertThat(service.cancel(endless).status()).isEqualTo(QueryStatus.CANCELLED);
      long cancelled = System.nanoTime();
      String next = service.start("SELECT COUNT(*) FROM " + table);
      assertThat(await(service, next).status()).isEqualTo(QueryStatus.FINISHED);
      // with one worker, the next query can only run once the cancelled one has really stopped
      assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).isLessThan(Duration.ofSeconds(5));
      assertThat(service.results(next, null, 10).stringRows()).containsExactly(List.of(Map.of("_col0", "3748")));
    }
  }

  @Test
  void aQueryOverItsTimeLimitEndsTimedOut() throws Exception {
    QueryServiceConfig config = QueryServiceConfig.defaults(dataDirectory.resolve("timeout"))
        .withQueryTimeout(Duration.ofSeconds(1));
    try (QueryService service = new QueryService(config, engine)) {
      String endless = service.start(String.format(ENDLESS, table));
      QueryDescription ended = await(service, endless);
      assertThat(ended.status()).isEqualTo(QueryStatus.TIMED_OUT);
      assertThat(ended.statistics().executionTimeInMillis()).isLessThan(5_000);
      assertThat(ended.errorMessage()).isNotBlank();
    }
  }

  private static List<String> eventIds(QueryService service, String queryId) {
    List<String> ids = new ArrayList<>();
    String token = null;
    do {
      QueryResultsPage page = service.results(queryId, token, 1000);
      page.stringRows().forEach(row -> ids.add(row.get(0).get("eventID")));
      assertThat(page.stringRows()).hasSize(page.resultsCount());
      token = page.nextToken();
    } while (token != null);
    return ids;
  }

  private static QueryDescription await(QueryService service, String queryId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      QueryDescription description = service.describe(queryId);
      if (description.status().isTerminal()) {
        return description;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("query " + queryId + " did not end");
  }

  private static void waitFor(QueryService service, String queryId, QueryStatus status) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (service.describe(queryId).status() != status && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(service.describe(queryId).status()).isEqualTo(status);
  }
}
