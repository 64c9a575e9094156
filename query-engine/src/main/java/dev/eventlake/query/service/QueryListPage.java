package dev.eventlake.query.service;

import java.util.List;

/** One page of ListQueries, newest first; {@code nextToken} is null on the last page. */
public record QueryListPage(List<QuerySummary> queries, String nextToken) {}
