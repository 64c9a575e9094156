package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Statement;
import java.util.List;

/** A result set over rows held in memory: the answers of {@code DatabaseMetaData}, which are small. */
final class ListResultSet extends RowResultSet {
  private final List<List<JsonNode>> rows;
  private int index = -1;

  ListResultSet(Statement statement, List<ResultColumn> columns, List<List<JsonNode>> rows) {
    super(statement, columns);
    this.rows = List.copyOf(rows);
  }

  @Override
  protected boolean advance() {
    if (index + 1 >= rows.size()) {
      index = rows.size();
      return false;
    }
    index++;
    return true;
  }

  @Override
  protected List<JsonNode> currentRow() {
    return rows.get(index);
  }

  @Override
  protected boolean hasRows() {
    return !rows.isEmpty();
  }
}
