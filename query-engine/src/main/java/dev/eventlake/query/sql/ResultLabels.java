package dev.eventlake.query.sql;

import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * Gives the result columns CloudTrail's labels by aliasing the top-level SELECT list: an alias stays, a column keeps
 * its name as written, a dereference its last path segment ({@code userIdentity.arn} → {@code arn}; Calcite does
 * both already) and any other expression {@code _colN}, N its 0-based SELECT position.
 */
final class ResultLabels {
  private ResultLabels() {}

  /** Adds the aliases to the SELECT that names the result columns of {@code query}, in place. */
  static void apply(SqlNode query) {
    SqlSelect select = labellingSelect(query);
    if (select == null) {
      return;
    }
    SqlNodeList items = select.getSelectList();
    for (int index = 0; index < items.size(); index++) {
      SqlNode item = items.get(index);
      if (item.getKind() == SqlKind.AS || item instanceof SqlIdentifier) {
        continue;
      }
      SqlIdentifier label = new SqlIdentifier("_col" + index, item.getParserPosition());
      items.set(index, SqlStdOperatorTable.AS.createCall(item.getParserPosition(), item, label));
    }
  }

  private static SqlSelect labellingSelect(SqlNode query) {
    if (query instanceof SqlSelect select) {
      return select;
    }
    if (query instanceof SqlOrderBy orderBy) {
      return labellingSelect(orderBy.query);
    }
    if (query instanceof SqlWith with) {
      return labellingSelect(with.body);
    }
    if (query instanceof SqlBasicCall call && call.isA(SqlKind.SET_QUERY)) {
      return labellingSelect(((SqlCall) call).operand(0));
    }
    return null;
  }
}
