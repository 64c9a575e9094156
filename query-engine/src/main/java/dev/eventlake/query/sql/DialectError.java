package dev.eventlake.query.sql;

import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A statement the AST rewrite rejects, with the position in the rewritten text; {@link SqlErrors} turns it into an
 * InvalidQueryStatementException positioned in the user's text.
 */
final class DialectError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SqlParserPos position;

  DialectError(String message, SqlParserPos position) {
    super(message);
    this.position = position;
  }

  SqlParserPos position() {
    return position;
  }
}
