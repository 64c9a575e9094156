package dev.eventlake.query.service;

import dev.eventlake.query.sql.BoundParameter;
import java.time.Instant;
import java.util.List;

/**
 * What DescribeQuery reports about one query.
 *
 * @param queryId the UUID StartQuery returned
 * @param queryString the SQL as submitted
 * @param status the current state
 * @param statistics counters and times
 * @param errorMessage why the query FAILED (or was stopped), else null
 * @param storeIds IDs of the event data stores the query reads, sorted; empty until known
 * @param endTime when the query reached a terminal state, else null
 * @param parameters the values bound to the statement's placeholders, empty for plain SQL
 * @param queryAlias the saved query the statement came from, or null
 * @param delivery the delivery of the results to {@code DeliveryS3Uri}, or null when none was asked for
 */
public record QueryDescription(String queryId, String queryString, QueryStatus status, QueryStatistics statistics,
    String errorMessage, List<String> storeIds, Instant endTime, List<BoundParameter> parameters, String queryAlias,
    QueryDelivery delivery) {}
