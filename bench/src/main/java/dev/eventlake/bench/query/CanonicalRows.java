package dev.eventlake.bench.query;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rows in a form both engines agree on when their answers are the same: timestamps as epoch milliseconds (UTC),
 * whole numbers without their Java type, doubles to nine significant digits, nested values recursively, and rows
 * sorted (row order is compared through the queries' total ORDER BY … LIMIT instead).
 */
final class CanonicalRows {
  private static final String NULL = "NULL";

  private CanonicalRows() {}

  /** One text per row, sorted. */
  static List<String> of(List<List<Object>> rows) {
    List<String> canonical = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      canonical.add(value(row));
    }
    canonical.sort(null);
    return canonical;
  }

  /** Empty when equal, else a description of the first difference. */
  static Optional<String> difference(List<List<Object>> lakeRows, List<List<Object>> duckRows) {
    List<String> lake = of(lakeRows);
    List<String> duck = of(duckRows);
    if (lake.equals(duck)) {
      return Optional.empty();
    }
    for (int index = 0; index < Math.min(lake.size(), duck.size()); index++) {
      if (!lake.get(index).equals(duck.get(index))) {
        return Optional.of(String.format("%d vs %d rows; first difference at sorted row %d: Eventlake %s, DuckDB %s",
            lake.size(), duck.size(), index, lake.get(index), duck.get(index)));
      }
    }
    return Optional.of(String.format("Eventlake returned %d rows, DuckDB %d (the common rows agree)", lake.size(),
        duck.size()));
  }

  static String value(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof Double || value instanceof Float) {
      return String.format(Locale.ROOT, "%.9g", ((Number) value).doubleValue());
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    Optional<Instant> instant = instant(value);
    if (instant.isPresent()) {
      return Long.toString(instant.get().toEpochMilli());
    }
    return nested(value);
  }

  private static Optional<Instant> instant(Object value) {
    if (value instanceof Instant instant) {
      return Optional.of(instant);
    }
    if (value instanceof OffsetDateTime offset) {
      return Optional.of(offset.toInstant());
    }
    if (value instanceof ZonedDateTime zoned) {
      return Optional.of(zoned.toInstant());
    }
    if (value instanceof LocalDateTime local) {
      return Optional.of(local.toInstant(ZoneOffset.UTC));
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return Optional.of(timestamp.toInstant());
    }
    return Optional.empty();
  }

  private static String nested(Object value) {
    try {
      if (value instanceof java.sql.Array array) {
        return list(java.util.Arrays.asList((Object[]) array.getArray()));
      }
      if (value instanceof java.sql.Struct struct) {
        return list(java.util.Arrays.asList(struct.getAttributes()));
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("cannot read a nested DuckDB value", failure);
    }
    if (value instanceof Collection<?> collection) {
      return list(collection);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((key, entry) -> sorted.put(value(key), value(entry)));
      return sorted.toString();
    }
    return value.toString();
  }

  private static String list(Collection<?> values) {
    List<String> texts = new ArrayList<>();
    for (Object element : values) {
      texts.add(value(element));
    }
    return texts.toString();
  }
}
