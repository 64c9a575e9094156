package dev.eventlake.query.service;

import java.time.Instant;

/**
 * The members of ListQueries.
 *
 * @param eventDataStore ARN or ID of the store whose queries are listed (required)
 * @param startTime oldest creation time to include, or null
 * @param endTime newest creation time to include, or null
 * @param queryStatus one {@link QueryStatus} name to filter on, or null
 * @param nextToken token from the previous page, or null
 * @param maxResults page size 1..1000, or null for 1000
 */
public record QueryListRequest(String eventDataStore, Instant startTime, Instant endTime, String queryStatus,
    String nextToken, Integer maxResults) {

  /** The first page of all recent queries of {@code eventDataStore}. */
  public static QueryListRequest of(String eventDataStore) {
    return new QueryListRequest(eventDataStore, null, null, null, null, null);
  }

  public QueryListRequest withNextToken(String token) {
    return new QueryListRequest(eventDataStore, startTime, endTime, queryStatus, token, maxResults);
  }
}
