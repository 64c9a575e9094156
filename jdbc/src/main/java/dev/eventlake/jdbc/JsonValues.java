package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the typed JSON values of result rows as Java values. Timestamps are UTC wall-clock times (the engine's
 * TIMESTAMP has no zone); maps, arrays and rows are their JSON text. Callers handle SQL NULL before calling.
 */
final class JsonValues {
  /** CloudTrail Lake's timestamp layout, which {@code getString} uses. */
  static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS",
      Locale.ROOT);

  private JsonValues() {}

  /** The value as text: timestamps in CloudTrail's layout, exact decimals in plain notation, containers as JSON. */
  static String text(JsonNode value, SqlType type) throws SQLException {
    if (type.kind() == ValueKind.TIMESTAMP) {
      return TIMESTAMP_TEXT.format(timestamp(value));
    }
    if (value.isBigDecimal()) {
      return value.decimalValue().toPlainString();
    }
    return value.isContainerNode() ? value.toString() : value.asText();
  }

  static boolean bool(JsonNode value) throws SQLException {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.decimalValue().signum() != 0;
    }
    String text = value.asText().trim();
    if (text.equalsIgnoreCase("true") || text.equals("1")) {
      return true;
    }
    if (text.equalsIgnoreCase("false") || text.equals("0")) {
      return false;
    }
    throw cannotConvert(value, "BOOLEAN");
  }

  /** The value as an exact number; booleans are 1 and 0, text must be a number. */
  static BigDecimal decimal(JsonNode value) throws SQLException {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(value.asText().trim());
    } catch (NumberFormatException notANumber) {
      throw cannotConvert(value, "a number");
    }
  }

  /** The value as a double; the strings {@code NaN}, {@code Infinity} and {@code -Infinity} are read too. */
  static double floating(JsonNode value) throws SQLException {
    if (value.isTextual()) {
      switch (value.asText().trim()) {
        case "NaN": return Double.NaN;
        case "Infinity": return Double.POSITIVE_INFINITY;
        case "-Infinity": return Double.NEGATIVE_INFINITY;
        default: break;
      }
    }
    return decimal(value).doubleValue();
  }

  /** The value as a whole number within {@code minimum..maximum}; fractions are truncated as JDBC casts do. */
  static long integral(JsonNode value, long minimum, long maximum, String typeName) throws SQLException {
    BigDecimal number = decimal(value);
    if (number.compareTo(BigDecimal.valueOf(minimum)) < 0 || number.compareTo(BigDecimal.valueOf(maximum)) > 0) {
      throw new SQLDataException("Value " + value + " does not fit in " + typeName, "22003");
    }
    return number.longValue();
  }

  /** A timestamp value (ISO-8601 instant, or text in the CloudTrail layout) as its UTC wall-clock time. */
  static LocalDateTime timestamp(JsonNode value) throws SQLException {
    String text = value.asText().trim();
    try {
      if (text.endsWith("Z") || text.contains("+")) {
        return LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay();
      }
      return LocalDateTime.parse(text.replace(' ', 'T'));
    } catch (DateTimeParseException notATime) {
      throw cannotConvert(value, "TIMESTAMP");
    }
  }

  static LocalDate date(JsonNode value) throws SQLException {
    String text = value.asText().trim();
    if (text.length() == 10) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException notADate) {
        throw cannotConvert(value, "DATE");
      }
    }
    return timestamp(value).toLocalDate();
  }

  static SQLException cannotConvert(JsonNode value, String target) {
    String shown = value.toString();
    return new SQLDataException("Cannot read " + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown)
        + " as " + target, "22018");
  }
}
