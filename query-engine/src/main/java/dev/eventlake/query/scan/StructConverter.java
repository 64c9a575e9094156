package dev.eventlake.query.scan;

import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;

/** Decodes a group (or the whole record) into an {@code Object[]} of its fields in schema order. */
final class StructConverter extends GroupConverter implements ValueSlots {
  private final ValueSlots parent;
  private final int index;
  private final int width;
  private final Converter[] fields;
  private Object[] values;

  /** {@code parent} is null for the record's root. */
  StructConverter(GroupType type, ValueSlots parent, int index) {
    this.parent = parent;
    this.index = index;
    this.width = type.getFieldCount();
    this.fields = Converters.fields(type, this);
  }

  @Override
  public Converter getConverter(int fieldIndex) {
    return fields[fieldIndex];
  }

  @Override
  public void start() {
    values = new Object[width];
  }

  @Override
  public void end() {
    if (parent != null) {
      parent.set(index, values);
    }
  }

  @Override
  public void set(int fieldIndex, Object value) {
    values[fieldIndex] = value;
  }

  /** The group last decoded. */
  Object[] values() {
    return values;
  }
}
