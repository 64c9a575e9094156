package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.client.EventlakeClient;
import dev.eventlake.client.EventlakeClientException;
import dev.eventlake.client.StoreColumn;
import dev.eventlake.client.StoreColumns;
import dev.eventlake.client.StoreInfo;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stores as tables for {@code getTables} and {@code getColumns}: one table per queryable store, named by its
 * ID (what FROM takes), with the store's name and categories as remarks. Its columns are the Lake schema of its
 * category; ROW columns are followed by their fields, named by path ({@code userIdentity.arn}) as SQL selects them.
 */
final class StoreTables {
  private final EventlakeClient client;

  StoreTables(EventlakeClient client) {
    this.client = client;
  }

  /** The queryable stores whose ID matches {@code tablePattern}, by ID. */
  private List<StoreInfo> stores(String tablePattern) throws SQLException {
    try {
      return client.listStores().stream().filter(StoreInfo::isQueryable)
          .filter(store -> MetaDataRows.matches(tablePattern, store.id()))
          .sorted(Comparator.comparing(StoreInfo::id)).toList();
    } catch (EventlakeClientException failure) {
      throw SqlErrors.of(failure);
    }
  }

  List<List<JsonNode>> tableRows(String tablePattern) throws SQLException {
    List<List<JsonNode>> rows = new ArrayList<>();
    for (StoreInfo store : stores(tablePattern)) {
      String remarks = store.name() + " (" + String.join(", ", store.categories()) + ")";
      rows.add(MetaDataRows.row(null, null, store.id(), "TABLE", remarks, null, null, null, null, null));
    }
    return rows;
  }

  List<List<JsonNode>> columnRows(String tablePattern, String columnPattern) throws SQLException {
    List<List<JsonNode>> rows = new ArrayList<>();
    for (StoreInfo store : stores(tablePattern)) {
      StoreColumns table = columnsOf(store.id());
      List<ColumnRow> columns = new ArrayList<>();
      table.columns().forEach(column -> flatten(column, "", false, columns));
      for (int index = 0; index < columns.size(); index++) {
        ColumnRow column = columns.get(index);
        if (MetaDataRows.matches(columnPattern, column.path())) {
          rows.add(column.toRow(table.storeId(), index + 1));
        }
      }
    }
    return rows;
  }

  private StoreColumns columnsOf(String storeId) throws SQLException {
    try {
      return client.storeColumns(storeId);
    } catch (EventlakeClientException failure) {
      throw SqlErrors.of(failure);
    }
  }

  /** Adds {@code column} and, for a ROW, its fields after it; a field may be NULL when its ROW may be. */
  private static void flatten(StoreColumn column, String prefix, boolean parentNullable, List<ColumnRow> into) {
    String path = prefix + column.name();
    boolean nullable = parentNullable || column.nullable();
    into.add(new ColumnRow(path, column, nullable, prefix.isEmpty() ? null
        : "field of " + prefix.substring(0, prefix.length() - 1)));
    column.fields().forEach(field -> flatten(field, path + ".", nullable, into));
  }

  /** One column row: the column's path, its description, nullability and remark. */
  private record ColumnRow(String path, StoreColumn column, boolean nullable, String remarks) {
    List<JsonNode> toRow(String table, int position) {
      SqlType type = SqlType.fromColumn(column.kind(), column.type());
      ValueKind kind = type.kind();
      boolean numeric = kind.isNumeric();
      Integer digits = kind == ValueKind.DECIMAL || kind == ValueKind.TIMESTAMP ? type.scale() : null;
      return MetaDataRows.row(null, null, table, path, kind.sqlType(), column.type(), type.precision(), null,
          digits, numeric ? 10 : null, nullable ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
          remarks, null, null, null, kind.sqlType() == java.sql.Types.VARCHAR ? type.precision() * 4 : null,
          position, nullable ? "YES" : "NO", null, null, null, null, "NO", "NO");
    }
  }
}
