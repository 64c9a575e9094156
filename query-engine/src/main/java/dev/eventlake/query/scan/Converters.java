package dev.eventlake.query.scan;

import org.apache.parquet.io.api.Converter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/** Builds the converter of one schema field, writing its row-form value into slot {@code index} of its parent. */
final class Converters {
  private Converters() {}

  static Converter of(Type field, ValueSlots parent, int index) {
    if (field.isPrimitive()) {
      PrimitiveType primitive = field.asPrimitiveType();
      return primitive.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY
          ? new StringConverter(parent, index)
          : new ValueConverter(parent, index);
    }
    GroupType group = field.asGroupType();
    LogicalTypeAnnotation annotation = group.getLogicalTypeAnnotation();
    if (annotation instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation) {
      return new MapConverter(group, parent, index);
    }
    if (annotation instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
      return new ListConverter(group, parent, index);
    }
    return new StructConverter(group, parent, index);
  }

  /** The converters of every field of {@code group}, each writing into {@code slots}. */
  static Converter[] fields(GroupType group, ValueSlots slots) {
    Converter[] converters = new Converter[group.getFieldCount()];
    for (int index = 0; index < converters.length; index++) {
      converters[index] = of(group.getType(index), slots, index);
    }
    return converters;
  }
}
