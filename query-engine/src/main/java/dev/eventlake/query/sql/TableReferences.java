package dev.eventlake.query.sql;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * The tables (event data store IDs or names) a statement reads, as written, in order of appearance, without the
 * names of its common table expressions; the engine resolves them to stores before running the statement.
 */
public final class TableReferences {
  private final Set<String> tables = new LinkedHashSet<>();

  private TableReferences() {}

  /** The table names {@code query} reads; qualified names are joined with dots. */
  public static Set<String> of(SqlNode query) {
    TableReferences references = new TableReferences();
    references.visit(query, Set.of());
    return references.tables;
  }

  /** Parses {@code prepared} with the dialect's parser and returns the table names it reads. */
  public static Set<String> of(PreparedQuery prepared) {
    try {
      SqlParser parser = SqlParser.create(prepared.text(), LakeConnections.parserConfig());
      return of(parser.parseStmt());
    } catch (SqlParseException | RuntimeException failure) {
      throw SqlErrors.translate(failure, prepared);
    }
  }

  private void visit(SqlNode node, Set<String> commonTables) {
    if (node instanceof SqlWith with) {
      Set<String> names = new HashSet<>(commonTables);
      for (SqlNode item : with.withList) {
        names.add(((SqlWithItem) item).name.getSimple().toLowerCase(Locale.ROOT));
        visit(((SqlWithItem) item).query, names);
      }
      visit(with.body, names);
    } else if (node instanceof SqlSelect select) {
      visitFrom(select.getFrom(), commonTables);
      for (SqlNode operand : select.getOperandList()) {
        if (operand != select.getFrom()) {
          visit(operand, commonTables);
        }
      }
    } else if (node instanceof SqlNodeList list) {
      list.forEach(element -> visit(element, commonTables));
    } else if (node instanceof SqlCall call) {
      call.getOperandList().forEach(operand -> visit(operand, commonTables));
    }
  }

  private void visitFrom(SqlNode from, Set<String> commonTables) {
    if (from instanceof SqlIdentifier identifier) {
      boolean commonTable = identifier.isSimple()
          && commonTables.contains(identifier.getSimple().toLowerCase(Locale.ROOT));
      if (!commonTable) {
        tables.add(String.join(".", identifier.names));
      }
    } else if (from instanceof SqlJoin join) {
      visitFrom(join.getLeft(), commonTables);
      visitFrom(join.getRight(), commonTables);
      visit(join.getCondition(), commonTables);
    } else if (from instanceof SqlCall call && call.getKind() == SqlKind.AS) {
      visitFrom(call.operand(0), commonTables);
    } else if (from instanceof SqlCall call && call.getKind() == SqlKind.UNNEST) {
      return;
    } else if (from != null) {
      visit(from, commonTables);
    }
  }
}
