package dev.eventlake.query.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Support for {@code try_cast}: whether a text is a valid value of a SQL type. */
public final class CastFunctions {
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?)?");

  private CastFunctions() {}

  /** {@code text} when it converts to {@code typeName} without error, else NULL. */
  public static String tryCastText(String text, String typeName) {
    if (text == null) {
      return null;
    }
    String value = text.trim();
    try {
      boolean valid = switch (typeName.toUpperCase(Locale.ROOT)) {
        case "TINYINT", "SMALLINT", "INTEGER", "INT" -> fitsInteger(Long.parseLong(value));
        case "BIGINT" -> Long.valueOf(value) != null;
        case "DOUBLE", "REAL", "FLOAT", "DECIMAL", "NUMERIC" -> new BigDecimal(value).signum() >= -1;
        case "BOOLEAN" -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
        case "DATE" -> LocalDate.parse(value) != null;
        case "TIMESTAMP" -> TIMESTAMP.matcher(value).matches();
        default -> true;
      };
      return valid ? value : null;
    } catch (NumberFormatException | DateTimeParseException invalid) {
      return null;
    }
  }

  private static boolean fitsInteger(long value) {
    return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
  }
}
