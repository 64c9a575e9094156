package dev.eventlake.query.sql;

import static dev.eventlake.query.sql.QueryText.invalid;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * The AST rewrite of the dialect: Trino function calls become Calcite operators ({@link FunctionRewrites}), string
 * literals compared with {@code eventTime} become TIMESTAMP literals ({@link EventTimeLiterals}), plain LIKE
 * patterns become substring searches ({@link LikeRewrites}), and the top-level
 * SELECT list gets CloudTrail's result labels ({@link ResultLabels}).
 */
final class TrinoRewriter extends SqlShuttle {
  private TrinoRewriter() {}

  /** Rewrites a whole parsed statement; anything but a query is rejected. */
  static SqlNode rewriteStatement(SqlNode statement) {
    if (statement == null) {
      throw invalid("The query statement is empty; write one SELECT statement.");
    }
    if (!statement.isA(SqlKind.QUERY)) {
      throw new DialectError("Only SELECT statements are supported, but this is a " + statement.getKind()
          + " statement; DDL and DML statements are not allowed", statement.getParserPosition());
    }
    SqlNode rewritten = statement.accept(new TrinoRewriter());
    ResultLabels.apply(rewritten);
    return rewritten;
  }

  @Override
  public SqlNode visit(SqlCall call) {
    SqlNode visited = super.visit(call);
    if (!(visited instanceof SqlCall rewrittenCall)) {
      return visited;
    }
    SqlNode result = FunctionRewrites.rewrite(rewrittenCall);
    if (result instanceof SqlCall like) {
      result = LikeRewrites.rewrite(like);
    }
    if (result instanceof SqlCall resultCall) {
      EventTimeLiterals.rewrite(resultCall);
      VarcharLiterals.rewrite(resultCall);
    }
    return result;
  }
}
