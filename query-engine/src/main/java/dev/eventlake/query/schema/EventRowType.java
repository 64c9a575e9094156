package dev.eventlake.query.schema;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.StructKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The SQL row type of an event table, derived from the store's Parquet schema so the two cannot drift: groups
 * become structs whose fields resolve without a table alias ({@code userIdentity.arn}), MAP groups become
 * {@code MAP<VARCHAR, VARCHAR>}, LIST groups arrays, timestamps {@code TIMESTAMP(3)} (epoch millis, UTC).
 */
public final class EventRowType {
  private EventRowType() {}

  /** The row type of {@code schema}; every column is nullable except those Parquet marks required. */
  public static RelDataType of(MessageType schema, RelDataTypeFactory typeFactory) {
    return struct(schema, typeFactory, StructKind.FULLY_QUALIFIED);
  }

  private static RelDataType struct(GroupType group, RelDataTypeFactory typeFactory, StructKind kind) {
    List<RelDataType> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Type field : group.getFields()) {
      names.add(field.getName());
      RelDataType type = typeOf(field, typeFactory);
      types.add(typeFactory.createTypeWithNullability(type, !field.isRepetition(Type.Repetition.REQUIRED)));
    }
    return typeFactory.createStructType(kind, types, names);
  }

  private static RelDataType typeOf(Type field, RelDataTypeFactory typeFactory) {
    if (field.isPrimitive()) {
      return primitive(field.asPrimitiveType(), typeFactory);
    }
    GroupType group = field.asGroupType();
    LogicalTypeAnnotation annotation = group.getLogicalTypeAnnotation();
    if (annotation instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation) {
      GroupType entry = group.getType(0).asGroupType();
      RelDataType key = typeOf(entry.getType(0), typeFactory);
      RelDataType value = typeFactory.createTypeWithNullability(typeOf(entry.getType(1), typeFactory), true);
      return typeFactory.createMapType(key, value);
    }
    if (annotation instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
      Type element = group.getType(0).asGroupType().getType(0);
      RelDataType elementType = typeFactory.createTypeWithNullability(typeOf(element, typeFactory), true);
      return typeFactory.createArrayType(elementType, -1);
    }
    return struct(group, typeFactory, StructKind.PEEK_FIELDS_NO_EXPAND);
  }

  private static RelDataType primitive(PrimitiveType type, RelDataTypeFactory typeFactory) {
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN:
        return typeFactory.createSqlType(SqlTypeName.BOOLEAN);
      case INT64:
        if (type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) {
          return typeFactory.createSqlType(SqlTypeName.TIMESTAMP, 3);
        }
        return typeFactory.createSqlType(SqlTypeName.BIGINT);
      case INT32:
        return typeFactory.createSqlType(SqlTypeName.INTEGER);
      case DOUBLE:
        return typeFactory.createSqlType(SqlTypeName.DOUBLE);
      default:
        return typeFactory.createSqlType(SqlTypeName.VARCHAR);
    }
  }
}
