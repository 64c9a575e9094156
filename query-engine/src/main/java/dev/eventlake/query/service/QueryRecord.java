package dev.eventlake.query.service;

import dev.eventlake.query.engine.ResultColumn;
import java.util.List;

/**
 * The durable form of one query, {@code <queries>/<queryId>/query.json}; times are epoch milliseconds (null when
 * not reached yet).
 *
 * @param formatVersion layout version of this record, {@link #CURRENT_FORMAT_VERSION}
 * @param resultRowCount rows in the result file (final once the query ended)
 * @param rowsPerBatch rows per record batch of the result file, fixed when the query started
 */
record QueryRecord(int formatVersion, String queryId, String queryString, QueryStatus status, String errorMessage,
    List<String> storeIds, long creationTimeMillis, Long startTimeMillis, Long endTimeMillis, long eventsMatched,
    long eventsScanned, long bytesScanned, List<ResultColumn> columns, long resultRowCount, int rowsPerBatch) {

  static final int CURRENT_FORMAT_VERSION = 1;

  QueryRecord {
    storeIds = storeIds == null ? List.of() : List.copyOf(storeIds);
    columns = columns == null ? List.of() : List.copyOf(columns);
  }
}
