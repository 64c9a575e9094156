package dev.eventlake.query.sql;

import java.util.Locale;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code try_cast(x AS type)} as {@code CAST(trino_try_cast_text(CAST(x AS VARCHAR), 'type') AS type)}: the text
 * passes only when it is a valid value of the type, otherwise the result is NULL instead of an error.
 */
final class CastRewrite {
  static final String FUNCTION = TextRewriter.RENAMED_PREFIX + "try_cast_text";

  private CastRewrite() {}

  static SqlNode tryCast(SqlCall call) {
    if (call.operandCount() != 2 || !(call.operand(1) instanceof SqlDataTypeSpec type)) {
      return call;
    }
    SqlParserPos position = call.getParserPosition();
    SqlDataTypeSpec varchar = new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, position), position);
    SqlNode text = SqlStdOperatorTable.CAST.createCall(position, call.operand(0), varchar);
    String typeName = type.getTypeName().getSimple().toUpperCase(Locale.ROOT);
    SqlUnresolvedFunction checker = new SqlUnresolvedFunction(new SqlIdentifier(FUNCTION, position), null, null, null,
        null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
    SqlNode checked = new SqlBasicCall(checker, new SqlNode[] {text, SqlLiteral.createCharString(typeName, position)},
        position);
    return SqlStdOperatorTable.CAST.createCall(position, checked, type);
  }
}
