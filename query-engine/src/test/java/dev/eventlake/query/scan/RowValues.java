package dev.eventlake.query.scan;

import dev.eventlake.store.storage.EventSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

/** Test helpers over the row form: values at dotted paths of a full row, and deep-comparable copies. */
final class RowValues {
  private RowValues() {}

  /** The value at {@code path} (exact schema names) of a full row in {@code EventSchema.SCHEMA} order. */
  static Object at(Object[] fullRow, String path) {
    Object value = fullRow;
    GroupType group = EventSchema.SCHEMA;
    for (String name : path.split("\\.")) {
      if (value == null) {
        return null;
      }
      int index = group.getFieldIndex(name);
      Type field = group.getType(index);
      value = ((Object[]) value)[index];
      group = field.isPrimitive() ? null : field.asGroupType();
    }
    return value;
  }

  /** {@code value} with every {@code Object[]} turned into a {@code List}, so {@code equals} compares deeply. */
  static Object comparable(Object value) {
    if (value instanceof Object[] array) {
      List<Object> values = new ArrayList<>();
      Arrays.stream(array).forEach(element -> values.add(comparable(element)));
      return values;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(RowValues::comparable).toList();
    }
    if (value instanceof Map<?, ?> map) {
      return List.of("map", List.copyOf(map.entrySet()));
    }
    return value;
  }
}
