package dev.eventlake.query.engine;

import dev.eventlake.query.schema.EventRowType;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.storage.CategorySchemas;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.type.SqlTypeFactoryImpl;

/** The columns of a store's table as queries see them: the Lake schema of the category of events it holds. */
public final class TableColumns {
  private TableColumns() {}

  /** The top-level columns of {@code store}'s table, in table order, ROW columns with their fields. */
  public static List<TableColumn> of(EventDataStore store) {
    RelDataType rowType = EventRowType.of(CategorySchemas.forCategories(store.categories()),
        new SqlTypeFactoryImpl(RelDataTypeSystem.DEFAULT));
    return columns(rowType);
  }

  private static List<TableColumn> columns(RelDataType struct) {
    return struct.getFieldList().stream().map(TableColumns::column).toList();
  }

  private static TableColumn column(RelDataTypeField field) {
    RelDataType type = field.getType();
    List<TableColumn> fields = type.isStruct() ? columns(type) : List.of();
    return new TableColumn(field.getName(), ColumnTypes.of(type), type.isNullable(), fields);
  }

  /**
   * One column, or one field of a ROW column.
   *
   * @param name the column or field name
   * @param type its type
   * @param nullable whether its value may be SQL NULL
   * @param fields the fields of a ROW, else empty
   */
  public record TableColumn(String name, ColumnType type, boolean nullable, List<TableColumn> fields) {
    public TableColumn {
      fields = List.copyOf(fields);
    }
  }
}
