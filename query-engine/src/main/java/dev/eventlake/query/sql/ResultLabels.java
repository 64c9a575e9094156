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
import org.apache.calcite.util.Util;

/**
 * Gives the result columns CloudTrail's labels by aliasing the top-level SELECT list: an alias stays, a column keeps
 * its name as written (Calcite does that already), a dereference its last path segment as written
 * ({@code userIdentity.ARN} → {@code ARN}) and any other expression {@code _colN}, N its 0-based SELECT position.
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
      if (item.getKind() == SqlKind.AS || item instanceof SqlIdentifier identifier && identifier.isSimple()
          || item instanceof SqlIdentifier star && star.isStar()) {
        continue;
      }
      String name = item instanceof SqlIdentifier path ? Util.last(path.names) : "_col" + index;
      SqlIdentifier label = new SqlIdentifier(name, item.getParserPosition());
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
