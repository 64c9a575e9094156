package dev.eventlake.query.scan;

import dev.eventlake.store.event.CloudTrailEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an in-memory event (one still in the write-ahead log) into a full table row, in the same shape the
 * Parquet scan produces: structs as {@code Object[]} in schema order, maps as {@code Map<String, String>},
 * the resources list as {@code List<Object[]>}, timestamps as epoch millis ({@code Long}). The event records
 * mirror the Parquet schema component by component, which {@code EventRowsTest} checks.
 */
public final class EventRows {
  private EventRows() {}

  /** The full row of {@code event}, columns in {@code EventSchema.SCHEMA} order. */
  public static Object[] toRow(CloudTrailEvent event) {
    return (Object[]) convert(event);
  }

  private static Object convert(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Map) {
      return value;
    }
    if (value instanceof Instant instant) {
      return instant.toEpochMilli();
    }
    if (value instanceof List<?> list) {
      List<Object> elements = new ArrayList<>(list.size());
      for (Object element : list) {
        elements.add(convert(element));
      }
      return elements;
    }
    if (value instanceof Record record) {
      return components(record);
    }
    throw new IllegalArgumentException("No row form for " + value.getClass());
  }

  private static Object[] components(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int index = 0; index < components.length; index++) {
      try {
        values[index] = convert(components[index].getAccessor().invoke(record));
      } catch (IllegalAccessException | InvocationTargetException failure) {
        throw new IllegalStateException("Cannot read " + components[index], failure);
      }
    }
    return values;
  }
}
