package dev.eventlake.query.service;

import static dev.eventlake.query.service.QueryTestSupport.START;
import static dev.eventlake.query.service.QueryTestSupport.STORE;
import static dev.eventlake.query.service.QueryTestSupport.assertFails;
import static dev.eventlake.query.service.QueryTestSupport.awaitStatus;
import static dev.eventlake.query.service.QueryTestSupport.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GetQueryResults paging, page sizes and next-page tokens. */
class QueryResultsPagingTest {
  @TempDir Path directory;
  private final MutableClock clock = new MutableClock(START);
  private final FakeRunner runner = new FakeRunner();
  private QueryService service;
  private String large;
  private String small;

  @BeforeEach
  void open() {
    service = new QueryService(config(directory, clock), runner);
    large = finished("SELECT large", 2_500);
    small = finished("SELECT small", 30);
  }

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void pagesOfAThousandWalkTheWholeResultInOrder() {
    List<Long> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String token = null;
    do {
      QueryResultsPage page = service.results(large, token, 1_000);
      assertThat(page.totalResultsCount()).isEqualTo(2_500);
      pageSizes.add(page.resultsCount());
      page.typedRows().forEach(row -> seen.add((Long) row.get(0)));
      token = page.nextToken();
    } while (token != null);

    assertThat(pageSizes).containsExactly(1_000, 1_000, 500);
    assertThat(seen).hasSize(2_500);
    for (int index = 0; index < seen.size(); index++) {
      assertThat(seen.get(index)).isEqualTo(index);
    }
  }

  @Test
  void pagesNeedNotAlignWithBatches() {
    QueryResultsPage first = service.results(large, null, 999);
    QueryResultsPage second = service.results(large, first.nextToken(), 3);

    assertThat(second.stringRows()).containsExactly(
        List.of(Map.of("n", "999"), Map.of("label", "row-999")),
        List.of(Map.of("n", "1000"), Map.of("label", "row-1000")),
        List.of(Map.of("n", "1001"), Map.of("label", "row-1001")));
  }

  @Test
  void lastPageHasNoToken() {
    QueryResultsPage page = service.results(small, null, null);

    assertThat(page.resultsCount()).isEqualTo(30);
    assertThat(page.nextToken()).isNull();
    assertThat(page.bytesScanned()).isEqualTo(3_000);
    assertThat(page.columns()).extracting(column -> column.label()).containsExactly("n", "label");
  }

  @Test
  void pageSizeOutsideOneToAThousandIsRejected() {
    assertFails(() -> service.results(small, null, 0), ErrorCode.INVALID_MAX_RESULTS);
    assertFails(() -> service.results(small, null, 1_001), ErrorCode.INVALID_MAX_RESULTS);
    assertThat(service.results(small, null, 1).resultsCount()).isEqualTo(1);
  }

  @Test
  void forgedTamperedAndForeignTokensAreRejected() {
    String token = service.results(large, null, 10).nextToken();
    String otherToken = service.results(small, null, 10).nextToken();
    String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
    String forgedPosition = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("20".getBytes())
        + token.substring(token.indexOf('.'));

    assertFails(() -> service.results(large, tampered, 10), ErrorCode.INVALID_NEXT_TOKEN);
    assertFails(() -> service.results(large, forgedPosition, 10), ErrorCode.INVALID_NEXT_TOKEN);
    assertFails(() -> service.results(large, otherToken, 10), ErrorCode.INVALID_NEXT_TOKEN);
    assertFails(() -> service.results(small, token, 10), ErrorCode.INVALID_NEXT_TOKEN);
    assertFails(() -> service.results(large, "garbage", 10), ErrorCode.INVALID_NEXT_TOKEN);
    assertFails(() -> service.results(large, "", 10), ErrorCode.INVALID_NEXT_TOKEN);
    assertThat(service.results(large, token, 10).typedRows().get(0).get(0)).isEqualTo(10L);
  }

  @Test
  void tokensOfAnotherInstallationAreRejected(@TempDir Path otherDirectory) {
    String token = service.results(large, null, 10).nextToken();
    FakeRunner otherRunner = new FakeRunner();
    try (QueryService other = new QueryService(config(otherDirectory, clock), otherRunner)) {
      otherRunner.register("SELECT x", FakeStatement.numbered(50, STORE));
      String queryId = other.start("SELECT x");
      awaitStatus(other, queryId, QueryStatus.FINISHED);
      String foreign = token;
      assertFails(() -> other.results(queryId, foreign, 10), ErrorCode.INVALID_NEXT_TOKEN);
    }
  }

  private String finished(String sql, int rows) {
    runner.register(sql, FakeStatement.numbered(rows, STORE));
    String queryId = service.start(sql);
    awaitStatus(service, queryId, QueryStatus.FINISHED);
    return queryId;
  }
}
