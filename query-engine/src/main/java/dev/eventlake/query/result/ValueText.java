package dev.eventlake.query.result;

import dev.eventlake.query.engine.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * CloudTrail's all-strings rendering of one result value: timestamps {@code YYYY-MM-DD HH:MM:SS.mmm} UTC, numbers
 * in plain notation, booleans {@code true}/{@code false}, maps, arrays and rows as JSON text, SQL NULL as null.
 */
public final class ValueText {
  /** The timestamp layout of CloudTrail Lake results. */
  public static final DateTimeFormatter TIMESTAMP_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final double SMALLEST_PLAIN = 1e-7;
  private static final double LARGEST_PLAIN = 1e16;

  private ValueText() {}

  /** The value as CloudTrail puts it in {@code QueryResultRows}; null for SQL NULL. */
  public static String render(Object value, ColumnType type) {
    if (value == null) {
      return null;
    }
    return switch (type.kind()) {
      case MAP, ARRAY, ROW -> ValueJson.toText(value, type);
      default -> renderScalar(value);
    };
  }

  /** A non-null scalar value as text, by its Java type. */
  static String renderScalar(Object value) {
    if (value instanceof Instant instant) {
      return TIMESTAMP_FORMAT.format(instant);
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return renderDouble(((Number) value).doubleValue());
    }
    return value.toString();
  }

  /** A double without exponent when its magnitude is between 1e-7 and 1e16, else in Java's notation. */
  static String renderDouble(double value) {
    double magnitude = Math.abs(value);
    if (Double.isNaN(value) || Double.isInfinite(value)
        || (magnitude != 0 && (magnitude < SMALLEST_PLAIN || magnitude >= LARGEST_PLAIN))) {
      return Double.toString(value);
    }
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.indexOf('.') >= 0 ? plain : plain + ".0";
  }

  /** Parses a timestamp in {@link #TIMESTAMP_FORMAT}. */
  static Instant parseTimestamp(String text) {
    return TIMESTAMP_FORMAT.parse(text, Instant::from);
  }
}
