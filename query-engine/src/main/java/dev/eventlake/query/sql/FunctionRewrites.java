package dev.eventlake.query.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Maps Trino function calls onto Calcite operators with the same meaning, by (case-insensitive) name: renames
 * ({@code approx_distinct} → {@code APPROX_COUNT_DISTINCT}, {@code max_by} → {@code ARG_MAX}, …) and reshaped calls
 * ({@code concat} → {@code ||}, {@code if} → {@code CASE}, date parts → {@code EXTRACT}, {@code try_cast}).
 */
final class FunctionRewrites {
  private static final Map<String, Function<SqlCall, SqlNode>> REWRITES = new HashMap<>();

  static {
    rename("element_at", SqlStdOperatorTable.ITEM);
    rename("approx_distinct", SqlStdOperatorTable.APPROX_COUNT_DISTINCT);
    rename("arbitrary", SqlStdOperatorTable.ANY_VALUE);
    rename("any_value", SqlStdOperatorTable.ANY_VALUE);
    rename("max_by", SqlStdOperatorTable.ARG_MAX);
    rename("min_by", SqlStdOperatorTable.ARG_MIN);
    rename("length", SqlStdOperatorTable.CHAR_LENGTH);
    REWRITES.put("now", call -> SqlStdOperatorTable.CURRENT_TIMESTAMP.createCall(call.getParserPosition()));
    REWRITES.put("concat", FunctionRewrites::concat);
    REWRITES.put("replace", FunctionRewrites::replace);
    REWRITES.put("if", FunctionRewrites::conditional);
    REWRITES.put("try_cast", CastRewrite::tryCast);
    REWRITES.put("date", call -> DateParts.castToDate(call));
    DateParts.register(REWRITES);
  }

  private FunctionRewrites() {}

  /** The Calcite form of {@code call}, or {@code call} itself when it needs none. */
  static SqlNode rewrite(SqlCall call) {
    if (!(call.getOperator() instanceof SqlFunction) || call.getOperator().getNameAsId() == null) {
      return call;
    }
    String name = call.getOperator().getName().toLowerCase(Locale.ROOT);
    if (name.startsWith(TextRewriter.RENAMED_PREFIX) && REWRITES.containsKey(unprefixed(name))) {
      name = unprefixed(name);
    }
    Function<SqlCall, SqlNode> rewrite = REWRITES.get(name);
    return rewrite == null ? call : rewrite.apply(call);
  }

  private static String unprefixed(String name) {
    return name.substring(TextRewriter.RENAMED_PREFIX.length());
  }

  private static void rename(String name, SqlOperator operator) {
    REWRITES.put(name, call -> new SqlBasicCall(operator, call.getOperandList(), call.getParserPosition(),
        call.getFunctionQuantifier()));
  }

  private static SqlNode concat(SqlCall call) {
    List<SqlNode> operands = call.getOperandList();
    if (operands.isEmpty()) {
      return call;
    }
    SqlNode result = operands.get(0);
    for (SqlNode operand : operands.subList(1, operands.size())) {
      result = SqlStdOperatorTable.CONCAT.createCall(call.getParserPosition(), result, operand);
    }
    return result;
  }

  private static SqlNode replace(SqlCall call) {
    if (call.operandCount() != 2) {
      return new SqlBasicCall(SqlStdOperatorTable.REPLACE, call.getOperandList(), call.getParserPosition());
    }
    SqlNode empty = SqlLiteral.createCharString("", SqlParserPos.ZERO);
    return SqlStdOperatorTable.REPLACE.createCall(call.getParserPosition(), call.operand(0), call.operand(1), empty);
  }

  private static SqlNode conditional(SqlCall call) {
    SqlParserPos position = call.getParserPosition();
    SqlNode otherwise = call.operandCount() > 2 ? call.operand(2) : SqlLiteral.createNull(position);
    return SqlStdOperatorTable.CASE.createCall(null, position, null,
        new org.apache.calcite.sql.SqlNodeList(List.of(call.operand(0)), position),
        new org.apache.calcite.sql.SqlNodeList(List.of(call.operand(1)), position), otherwise);
  }
}
