package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INVALID_DATE_RANGE;

import dev.eventlake.store.error.LakeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * ListQueries: the queries of one store created within the retention period (and the optional window), newest
 * first, paged by keyset so that queries started between two pages neither repeat nor shift entries.
 */
final class QueryLister {
  private static final Comparator<QuerySummary> NEWEST_FIRST = Comparator
      .comparing(QuerySummary::creationTime).reversed()
      .thenComparing(QuerySummary::queryId, Comparator.reverseOrder());

  private final QueryRegistry registry;
  private final PageTokens tokens;
  private final Function<String, String> storeResolver;
  private final Clock clock;
  private final Duration retention;

  QueryLister(QueryRegistry registry, PageTokens tokens, Function<String, String> storeResolver, Clock clock,
      Duration retention) {
    this.registry = registry;
    this.tokens = tokens;
    this.storeResolver = storeResolver;
    this.clock = clock;
    this.retention = retention;
  }

  QueryListPage list(QueryListRequest request) {
    int pageSize = PageSizes.validate(request.maxResults(), "MaxResults");
    requireValidWindow(request.startTime(), request.endTime());
    QueryStatus statusFilter = request.queryStatus() == null ? null : QueryStatus.parse(request.queryStatus());
    String storeId = storeResolver.apply(request.eventDataStore());
    String scope = "list/" + storeId + "/" + request.startTime() + "/" + request.endTime() + "/" + statusFilter;
    QuerySummary after = request.nextToken() == null ? null : position(tokens.verify(request.nextToken(), scope));
    Instant oldest = clock.instant().minus(retention);
    List<QuerySummary> matching = registry.current().stream()
        .filter(state -> state.reads(storeId))
        .map(state -> new QuerySummary(state.queryId(), state.status(), state.creationTime()))
        .filter(query -> !query.creationTime().isBefore(oldest))
        .filter(query -> request.startTime() == null || !query.creationTime().isBefore(request.startTime()))
        .filter(query -> request.endTime() == null || !query.creationTime().isAfter(request.endTime()))
        .filter(query -> statusFilter == null || query.status() == statusFilter)
        .filter(query -> after == null || NEWEST_FIRST.compare(query, after) > 0)
        .sorted(NEWEST_FIRST)
        .limit(pageSize + 1L)
        .toList();
    if (matching.size() <= pageSize) {
      return new QueryListPage(matching, null);
    }
    List<QuerySummary> page = matching.subList(0, pageSize);
    QuerySummary last = page.get(pageSize - 1);
    return new QueryListPage(List.copyOf(page), tokens.issue(scope, last.creationTime().toEpochMilli() + "/"
        + last.queryId()));
  }

  private static void requireValidWindow(Instant start, Instant end) {
    if (start != null && end != null && start.isAfter(end)) {
      throw LakeException.of(INVALID_DATE_RANGE, "StartTime %s is after EndTime %s; the window must not be "
          + "empty.", start, end);
    }
  }

  /** The last entry of the previous page, from a verified token. */
  private static QuerySummary position(String text) {
    int separator = text.indexOf('/');
    Instant creation = Instant.ofEpochMilli(Long.parseLong(text.substring(0, separator)));
    return new QuerySummary(text.substring(separator + 1), null, creation);
  }
}
