package dev.eventlake.query.engine;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Struct;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Normalises the values Calcite hands out (JDBC objects or internal forms) to the Java types of each kind. */
final class ResultValues {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private ResultValues() {}

  static Object normalize(Object value, ColumnType type) throws SQLException {
    if (value == null) {
      return null;
    }
    switch (type.kind()) {
      case STRING: return value.toString();
      case BOOLEAN: return value instanceof Boolean ? value : Boolean.valueOf(value.toString());
      case INTEGER: return ((Number) value).intValue();
      case BIGINT: return ((Number) value).longValue();
      case DOUBLE: return ((Number) value).doubleValue();
      case DECIMAL: return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
      case TIMESTAMP: return timestamp(value);
      case DATE: return date(value);
      case MAP: return map((Map<?, ?>) value, type);
      case ARRAY: return array(value, type.children().get(0));
      case ROW: return row(value, type);
      default: return value;
    }
  }

  private static Instant timestamp(Object value) {
    if (value instanceof Number millis) {
      return Instant.ofEpochMilli(millis.longValue());
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return Instant.ofEpochMilli(timestamp.getTime());
    }
    return (Instant) value;
  }

  private static LocalDate date(Object value) {
    if (value instanceof Number days) {
      return LocalDate.ofEpochDay(days.longValue());
    }
    if (value instanceof java.sql.Date date) {
      return LocalDate.ofEpochDay(Math.floorDiv(date.getTime(), MILLIS_PER_DAY));
    }
    return (LocalDate) value;
  }

  private static Map<Object, Object> map(Map<?, ?> value, ColumnType type) throws SQLException {
    Map<Object, Object> normalized = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : value.entrySet()) {
      normalized.put(normalize(entry.getKey(), type.children().get(0)),
          normalize(entry.getValue(), type.children().get(1)));
    }
    return normalized;
  }

  private static List<Object> array(Object value, ColumnType elementType) throws SQLException {
    List<?> elements = value instanceof Array array ? Arrays.asList((Object[]) array.getArray())
        : value instanceof Object[] objects ? Arrays.asList(objects) : (List<?>) value;
    List<Object> normalized = new ArrayList<>(elements.size());
    for (Object element : elements) {
      normalized.add(normalize(element, elementType));
    }
    return normalized;
  }

  private static List<Object> row(Object value, ColumnType type) throws SQLException {
    Object[] fields = value instanceof Struct struct ? struct.getAttributes()
        : value instanceof List<?> list ? list.toArray() : (Object[]) value;
    List<Object> normalized = new ArrayList<>(fields.length);
    for (int index = 0; index < fields.length; index++) {
      normalized.add(normalize(fields[index], type.children().get(index)));
    }
    return normalized;
  }
}
