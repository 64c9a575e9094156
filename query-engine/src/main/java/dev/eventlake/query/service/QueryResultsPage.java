package dev.eventlake.query.service;

import dev.eventlake.query.engine.ResultColumn;
import java.util.List;
import java.util.Map;

/**
 * One page of GetQueryResults. Rows come in two forms: {@code stringRows}, CloudTrail's list of single-entry
 * {@code {label: text}} maps in SELECT order (values rendered by {@code ValueText}, SQL NULL as a null value), and
 * {@code typedRows}, the normalised Java values of the {@code columns}.
 *
 * @param status the query's state; rows are present only for FINISHED and TIMED_OUT
 * @param columns the result columns, empty until the query has started
 * @param stringRows this page's rows, all values as strings
 * @param typedRows this page's rows as Java values, one list per row
 * @param resultsCount rows in this page
 * @param totalResultsCount rows in the whole (possibly partial) result
 * @param bytesScanned compressed bytes the query's scans read
 * @param nextToken token for the next page, null on the last page
 * @param errorMessage why the query failed, else null
 */
public record QueryResultsPage(QueryStatus status, List<ResultColumn> columns,
    List<List<Map<String, String>>> stringRows, List<List<Object>> typedRows, int resultsCount,
    long totalResultsCount, long bytesScanned, String nextToken, String errorMessage) {}
