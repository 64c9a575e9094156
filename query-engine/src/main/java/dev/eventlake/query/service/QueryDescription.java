package dev.eventlake.query.service;

import java.time.Instant;
import java.util.List;

/**
 * What DescribeQuery reports about one query. Delivery to S3 ({@code DeliveryS3Uri}, {@code DeliveryStatus}) is not
 * supported yet and has no members here.
 *
 * @param queryId the UUID StartQuery returned
 * @param queryString the SQL as submitted
 * @param status the current state
 * @param statistics counters and times
 * @param errorMessage why the query FAILED (or was stopped), else null
 * @param storeIds IDs of the event data stores the query reads, sorted; empty until known
 * @param endTime when the query reached a terminal state, else null
 */
public record QueryDescription(String queryId, String queryString, QueryStatus status, QueryStatistics statistics,
    String errorMessage, List<String> storeIds, Instant endTime) {}
