package dev.eventlake.query.service;

import static dev.eventlake.query.service.QueryTestSupport.START;
import static dev.eventlake.query.service.QueryTestSupport.assertFails;
import static dev.eventlake.query.service.QueryTestSupport.awaitEnd;
import static dev.eventlake.query.service.QueryTestSupport.awaitStatus;
import static dev.eventlake.query.service.QueryTestSupport.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ListQueries: per store, newest first, windows, status filter and paging. */
class QueryListTest {
  private static final String ARN_PREFIX = "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/";

  @TempDir Path directory;
  private final MutableClock clock = new MutableClock(START);
  private final FakeRunner runner = new FakeRunner();
  private final List<String> storeAQueries = new ArrayList<>();
  private QueryService service;
  private String failedQuery;

  @BeforeEach
  void open() {
    Function<String, String> resolver = reference -> {
      String id = reference.startsWith(ARN_PREFIX) ? reference.substring(ARN_PREFIX.length()) : reference;
      if (!id.startsWith("store-")) {
        throw LakeException.of(ErrorCode.EVENT_DATA_STORE_NOT_FOUND, "no store %s", reference);
      }
      return id;
    };
    service = new QueryService(config(directory, clock), runner, resolver);
    runner.register("SELECT a", FakeStatement.numbered(1, "store-a"));
    runner.register("SELECT b", FakeStatement.numbered(1, "store-b"));
    runner.register("SELECT a broken", FakeStatement.numbered(5, "store-a").failingAt(2));
    for (int index = 0; index < 5; index++) {
      storeAQueries.add(0, finished("SELECT a"));
      clock.advance(Duration.ofMinutes(1));
    }
    finished("SELECT b");
    failedQuery = service.start("SELECT a broken");
    awaitEnd(service, failedQuery);
  }

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void listsTheStoresQueriesNewestFirstByIdOrArn() {
    List<String> expected = new ArrayList<>(List.of(failedQuery));
    expected.addAll(storeAQueries);

    assertThat(ids(service.list(QueryListRequest.of("store-a")))).isEqualTo(expected);
    assertThat(ids(service.list(QueryListRequest.of(ARN_PREFIX + "store-a")))).isEqualTo(expected);
    assertThat(service.list(QueryListRequest.of("store-b")).queries()).hasSize(1);
    assertThat(service.list(QueryListRequest.of("store-c")).queries()).isEmpty();
    assertFails(() -> service.list(QueryListRequest.of("nothing")), ErrorCode.EVENT_DATA_STORE_NOT_FOUND);
  }

  @Test
  void pagesWalkTheListWithoutRepeats() {
    List<String> seen = new ArrayList<>();
    QueryListRequest request = new QueryListRequest("store-a", null, null, null, null, 2);
    QueryListPage page = service.list(request);
    seen.addAll(ids(page));
    finished("SELECT a");
    while (page.nextToken() != null) {
      page = service.list(request.withNextToken(page.nextToken()));
      seen.addAll(ids(page));
    }

    List<String> expected = new ArrayList<>(List.of(failedQuery));
    expected.addAll(storeAQueries);
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void tokensAreBoundToTheRequest() {
    String token = service.list(new QueryListRequest("store-a", null, null, null, null, 2)).nextToken();

    assertFails(() -> service.list(new QueryListRequest("store-a", null, null, "FINISHED", token, 2)),
        ErrorCode.INVALID_NEXT_TOKEN);
    assertFails(() -> service.list(new QueryListRequest("store-b", null, null, null, token, 2)),
        ErrorCode.INVALID_NEXT_TOKEN);
  }

  @Test
  void filtersByStatusAndWindow() {
    QueryListRequest failedOnly = new QueryListRequest("store-a", null, null, "FAILED", null, null);
    QueryListRequest window = new QueryListRequest("store-a", START.plus(Duration.ofMinutes(1)),
        START.plus(Duration.ofMinutes(3)), null, null, null);

    assertThat(ids(service.list(failedOnly))).containsExactly(failedQuery);
    assertThat(ids(service.list(window))).containsExactly(storeAQueries.get(1), storeAQueries.get(2),
        storeAQueries.get(3));
  }

  @Test
  void rejectsBadStatusWindowAndPageSize() {
    assertFails(() -> service.list(new QueryListRequest("store-a", null, null, "DONE", null, null)),
        ErrorCode.INVALID_QUERY_STATUS);
    assertFails(() -> service.list(new QueryListRequest("store-a", null, null, "finished", null, null)),
        ErrorCode.INVALID_QUERY_STATUS);
    assertFails(() -> service.list(new QueryListRequest("store-a", START.plusSeconds(60), START, null, null, null)),
        ErrorCode.INVALID_DATE_RANGE);
    assertFails(() -> service.list(new QueryListRequest("store-a", null, null, null, null, 0)),
        ErrorCode.INVALID_MAX_RESULTS);
  }

  @Test
  void onlyTheLastSevenDaysAreListed() {
    clock.advance(Duration.ofDays(7).minusMinutes(3));

    assertThat(ids(service.list(QueryListRequest.of("store-a")))).containsExactly(failedQuery,
        storeAQueries.get(0), storeAQueries.get(1));
  }

  private String finished(String sql) {
    String queryId = service.start(sql);
    awaitStatus(service, queryId, QueryStatus.FINISHED);
    return queryId;
  }

  private static List<String> ids(QueryListPage page) {
    return page.queries().stream().map(QuerySummary::queryId).toList();
  }
}
