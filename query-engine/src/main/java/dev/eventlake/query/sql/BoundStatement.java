package dev.eventlake.query.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A statement and the values of its placeholders. With no parameters the text is plain SQL. With parameters it holds
 * either {@code ?} placeholders, the n-th taking the n-th parameter, or {@code :name} placeholders, each taking the
 * parameter of that name (a name may appear more than once); the two styles cannot be mixed.
 *
 * @param sql the statement text with its placeholders
 * @param parameters the values, in placeholder order for {@code ?}
 */
public record BoundStatement(String sql, List<BoundParameter> parameters) {
  public BoundStatement {
    requireNonNull(sql, "sql is null");
    parameters = List.copyOf(parameters);
  }

  /** A statement without parameters. */
  public static BoundStatement of(String sql) {
    return new BoundStatement(sql, List.of());
  }
}
