package dev.eventlake.query.engine;

import dev.eventlake.query.engine.ColumnType.Kind;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/** Maps Calcite types onto the engine's {@link ColumnType}s. */
final class ColumnTypes {
  private ColumnTypes() {}

  static ColumnType of(RelDataType type) {
    String sqlName = type.getFullTypeString().replace(" NOT NULL", "");
    switch (type.getSqlTypeName()) {
      case CHAR: case VARCHAR: return ColumnType.scalar(Kind.STRING, "VARCHAR");
      case BOOLEAN: return ColumnType.scalar(Kind.BOOLEAN, sqlName);
      case TINYINT: case SMALLINT: case INTEGER: return ColumnType.scalar(Kind.INTEGER, sqlName);
      case BIGINT: return ColumnType.scalar(Kind.BIGINT, sqlName);
      case REAL: case FLOAT: case DOUBLE: return ColumnType.scalar(Kind.DOUBLE, sqlName);
      case DECIMAL: return ColumnType.scalar(Kind.DECIMAL, sqlName);
      case TIMESTAMP: case TIMESTAMP_WITH_LOCAL_TIME_ZONE: case TIMESTAMP_TZ:
        return ColumnType.scalar(Kind.TIMESTAMP, sqlName);
      case DATE: return ColumnType.scalar(Kind.DATE, sqlName);
      case MAP:
        return new ColumnType(Kind.MAP, sqlName, List.of(), List.of(of(type.getKeyType()), of(type.getValueType())));
      case ARRAY: case MULTISET:
        return new ColumnType(Kind.ARRAY, sqlName, List.of(), List.of(of(type.getComponentType())));
      case ROW:
        return new ColumnType(Kind.ROW, sqlName, type.getFieldNames(),
            type.getFieldList().stream().map(RelDataTypeField::getType).map(ColumnTypes::of).toList());
      default: return ColumnType.scalar(Kind.OTHER, sqlName);
    }
  }
}
