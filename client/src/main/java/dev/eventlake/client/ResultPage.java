package dev.eventlake.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a query's results with typed JSON values: numbers as numbers, booleans as booleans, timestamps as
 * ISO-8601 UTC strings, dates as {@code YYYY-MM-DD}, maps and rows as objects, arrays as arrays, SQL NULL as null.
 *
 * @param status the query's state; rows come only once it is FINISHED or TIMED_OUT
 * @param columns the result columns, in SELECT order
 * @param rows this page's rows, each a list of values in column order
 * @param totalResultsCount rows in the whole result
 * @param nextToken the token of the next page, null on the last page
 * @param errorMessage why the query failed or stopped, else null
 */
public record ResultPage(String status, List<ResultColumn> columns, List<List<JsonNode>> rows,
    long totalResultsCount, String nextToken, String errorMessage) {
  public ResultPage {
    columns = columns == null ? List.of() : List.copyOf(columns);
    rows = rows == null ? List.of() : rows;
  }

  /**
   * A result column.
   *
   * @param name its label
   * @param type its SQL type as the engine prints it, such as {@code VARCHAR}, {@code TIMESTAMP(3)},
   *     {@code (VARCHAR, VARCHAR) MAP} or {@code RecordType(VARCHAR arn, …)}
   */
  public record ResultColumn(String name, String type) {}
}
