package dev.eventlake.query.sql;

import java.util.List;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Makes string literals that are results of CASE and COALESCE VARCHAR, as in Trino; Calcite types them CHAR(n) and
 * pads the shorter ones with blanks ({@code 'get   '}).
 */
final class VarcharLiterals {
  private VarcharLiterals() {}

  /** Rewrites the result operands of a CASE or COALESCE {@code call} in place. */
  static void rewrite(SqlCall call) {
    if (call instanceof SqlCase caseCall) {
      SqlNodeList thens = caseCall.getThenOperands();
      for (int index = 0; index < thens.size(); index++) {
        thens.set(index, varchar(thens.get(index)));
      }
      if (caseCall.getElseOperand() != null) {
        caseCall.setOperand(3, varchar(caseCall.getElseOperand()));
      }
    } else if (call.getKind() == SqlKind.COALESCE) {
      List<SqlNode> operands = call.getOperandList();
      for (int index = 0; index < operands.size(); index++) {
        call.setOperand(index, varchar(operands.get(index)));
      }
    }
  }

  private static SqlNode varchar(SqlNode node) {
    if (!(node instanceof SqlCharStringLiteral literal)) {
      return node;
    }
    SqlDataTypeSpec type = new SqlDataTypeSpec(
        new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, literal.getParserPosition()), literal.getParserPosition());
    return SqlStdOperatorTable.CAST.createCall(literal.getParserPosition(), literal, type);
  }
}
