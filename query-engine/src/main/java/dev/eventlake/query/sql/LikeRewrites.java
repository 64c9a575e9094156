package dev.eventlake.query.sql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns {@code x LIKE '%text%'} into {@code POSITION('text' IN x) > 0} and {@code x LIKE 'text%'} into
 * {@code POSITION('text' IN x) = 1} when {@code text} has no wildcard or backslash: same answers (NULL stays NULL),
 * but a substring search instead of Calcite's regular expression per row (a LIKE scan over userAgent spent most of
 * its time in {@code java.util.regex}).
 */
final class LikeRewrites {
  private LikeRewrites() {}

  /** The POSITION form of a plain LIKE {@code call}, or {@code call} itself. */
  static SqlNode rewrite(SqlCall call) {
    if (call.getOperator() != SqlStdOperatorTable.LIKE || call.operandCount() != 2
        || !(call.operand(1) instanceof SqlCharStringLiteral literal)) {
      return call;
    }
    String pattern = literal.getValueAs(String.class);
    boolean contains = pattern.length() > 2 && pattern.startsWith("%") && pattern.endsWith("%");
    String text = contains ? pattern.substring(1, pattern.length() - 1) : pattern.substring(0, pattern.length() - 1);
    if (!(contains || (pattern.length() > 1 && pattern.endsWith("%"))) || !isPlain(text)) {
      return call;
    }
    SqlParserPos position = call.getParserPosition();
    SqlNode found = SqlStdOperatorTable.POSITION.createCall(position,
        SqlLiteral.createCharString(text, literal.getParserPosition()), call.operand(0));
    SqlLiteral expected = SqlLiteral.createExactNumeric(contains ? "0" : "1", position);
    return (contains ? SqlStdOperatorTable.GREATER_THAN : SqlStdOperatorTable.EQUALS)
        .createCall(position, found, expected);
  }

  private static boolean isPlain(String text) {
    return !text.isEmpty() && text.chars().noneMatch(character -> character == '%' || character == '_'
        || character == '\\');
  }
}
