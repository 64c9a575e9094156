package dev.eventlake.query.service;

import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.sql.BoundParameter;
import java.util.List;

/**
 * The durable form of one query, {@code <queries>/<queryId>/query.json}; times are epoch milliseconds (null when
 * not reached yet).
 *
 * @param formatVersion layout version of this record, {@link #CURRENT_FORMAT_VERSION}
 * @param resultRowCount rows in the result file (final once the query ended)
 * @param rowsPerBatch rows per record batch of the result file, fixed when the query started
 * @param parameters the values bound to the statement's placeholders (empty for plain SQL)
 * @param queryAlias the saved query the statement came from, or null
 * @param delivery the delivery of the results, or null when none was asked for
 */
record QueryRecord(int formatVersion, String queryId, String queryString, QueryStatus status, String errorMessage,
    List<String> storeIds, long creationTimeMillis, Long startTimeMillis, Long endTimeMillis, long eventsMatched,
    long eventsScanned, long bytesScanned, List<ResultColumn> columns, long resultRowCount, int rowsPerBatch,
    List<BoundParameter> parameters, String queryAlias, QueryDelivery delivery) {

  static final int CURRENT_FORMAT_VERSION = 1;

  QueryRecord {
    storeIds = storeIds == null ? List.of() : List.copyOf(storeIds);
    columns = columns == null ? List.of() : List.copyOf(columns);
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
  }
}
