package dev.eventlake.query.result;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Rough estimates of the heap a buffered result row takes: object headers, references and payloads, in the spirit
 * of a 64-bit JVM with compressed references. Good enough to keep a budget, not an exact measurement.
 */
final class RowSizes {
  private static final long OBJECT_HEADER = 16;
  private static final long REFERENCE = 8;
  private static final long BOXED_NUMBER = 24;
  private static final long DECIMAL = 64;
  private static final long TIME_VALUE = 32;
  private static final long STRING_OVERHEAD = 56;
  private static final long ENTRY_OVERHEAD = 48;

  private RowSizes() {}

  /** Estimated bytes of a row array and its values. */
  static long estimate(Object[] row) {
    long bytes = OBJECT_HEADER + REFERENCE * row.length;
    for (Object value : row) {
      bytes += estimateValue(value);
    }
    return bytes;
  }

  private static long estimateValue(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof CharSequence text) {
      return STRING_OVERHEAD + 2L * text.length();
    }
    if (value instanceof BigDecimal) {
      return DECIMAL;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return BOXED_NUMBER;
    }
    if (value instanceof Collection<?> collection) {
      return collectionSize(collection);
    }
    if (value instanceof Map<?, ?> map) {
      return mapSize(map);
    }
    return TIME_VALUE;
  }

  private static long collectionSize(Collection<?> collection) {
    long bytes = OBJECT_HEADER + REFERENCE * collection.size();
    for (Object element : collection) {
      bytes += estimateValue(element);
    }
    return bytes;
  }

  private static long mapSize(Map<?, ?> map) {
    long bytes = OBJECT_HEADER;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      bytes += ENTRY_OVERHEAD + estimateValue(entry.getKey()) + estimateValue(entry.getValue());
    }
    return bytes;
  }
}
