package dev.eventlake.query.service;

import static java.util.Objects.requireNonNull;

import dev.eventlake.query.sql.BoundStatement;

/**
 * What StartQuery asks for: a statement with its parameter values, the saved query it came from, and where to deliver
 * the results.
 *
 * @param statement the SQL and the values of its placeholders
 * @param queryAlias the saved query the statement came from, or null; DescribeQuery can find the last run by it
 * @param deliveryUri where the results go once the query finished ({@code s3://…} or {@code file://…}), or null
 */
public record QueryRequest(BoundStatement statement, String queryAlias, String deliveryUri) {
  public QueryRequest {
    requireNonNull(statement, "statement is null");
  }

  /** A plain statement, neither saved nor delivered. */
  public static QueryRequest of(String sql) {
    return new QueryRequest(BoundStatement.of(sql), null, null);
  }

  public QueryRequest withDeliveryUri(String uri) {
    return new QueryRequest(statement, queryAlias, uri);
  }
}
