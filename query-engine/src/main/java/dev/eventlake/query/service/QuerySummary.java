package dev.eventlake.query.service;

import java.time.Instant;

/** One entry of ListQueries: CloudTrail's {@code Query} structure. */
public record QuerySummary(String queryId, QueryStatus status, Instant creationTime) {}
