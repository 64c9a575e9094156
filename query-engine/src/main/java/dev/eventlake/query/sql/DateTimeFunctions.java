package dev.eventlake.query.sql;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Trino's date/time functions as UDFs. Calcite hands TIMESTAMP values to UDFs as {@link Timestamp}s whose local
 * date-time is the UTC wall-clock time, so the functions work on {@link Timestamp#toLocalDateTime()} throughout.
 */
public final class DateTimeFunctions {
  private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  private DateTimeFunctions() {}

  /** {@code date_add(unit, value, timestamp)}. */
  public static Timestamp dateAdd(String unit, long value, Timestamp timestamp) {
    if (unit == null || timestamp == null) {
      return null;
    }
    LocalDateTime time = timestamp.toLocalDateTime();
    return Timestamp.valueOf(time.plus(value * multiplier(unit), unit(unit)));
  }

  /** {@code date_diff(unit, from, to)}: the number of whole units from {@code from} to {@code to}. */
  public static Long dateDiff(String unit, Timestamp from, Timestamp to) {
    if (unit == null || from == null || to == null) {
      return null;
    }
    long units = unit(unit).between(from.toLocalDateTime(), to.toLocalDateTime());
    return units / multiplier(unit);
  }

  /** {@code date_trunc(unit, timestamp)}: weeks start on Monday. */
  public static Timestamp dateTrunc(String unit, Timestamp timestamp) {
    if (unit == null || timestamp == null) {
      return null;
    }
    LocalDateTime time = timestamp.toLocalDateTime();
    LocalDateTime result = switch (unit.toLowerCase(Locale.ROOT)) {
      case "millisecond" -> time.truncatedTo(ChronoUnit.MILLIS);
      case "second" -> time.truncatedTo(ChronoUnit.SECONDS);
      case "minute" -> time.truncatedTo(ChronoUnit.MINUTES);
      case "hour" -> time.truncatedTo(ChronoUnit.HOURS);
      case "day" -> time.truncatedTo(ChronoUnit.DAYS);
      case "week" -> time.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
      case "quarter" -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
          .withMonth((time.getMonthValue() - 1) / 3 * 3 + 1);
      case "year" -> time.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
      default -> throw unknownUnit(unit);
    };
    return Timestamp.valueOf(result);
  }

  /** {@code from_iso8601_timestamp(text)}: offsets are converted to UTC; a missing offset means UTC. */
  public static Timestamp fromIso8601Timestamp(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Timestamp.valueOf(OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    } catch (DateTimeParseException noOffset) {
      return Timestamp.valueOf(LocalDateTime.parse(text.length() == 10 ? text + "T00:00" : text));
    }
  }

  /** {@code to_iso8601(timestamp)}: {@code 2024-01-05T13:51:00.000}. */
  public static String toIso8601(Timestamp timestamp) {
    return timestamp == null ? null : ISO_MILLIS.format(timestamp.toLocalDateTime());
  }

  /** {@code from_unixtime(seconds)}. */
  public static Timestamp fromUnixtime(double seconds) {
    long millis = Math.round(seconds * 1000);
    return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
  }

  /** {@code to_unixtime(timestamp)}: seconds since the epoch, with a fraction. */
  public static Double toUnixtime(Timestamp timestamp) {
    if (timestamp == null) {
      return null;
    }
    return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli() / 1000.0;
  }

  /** {@code date_format(timestamp, format)} with MySQL-style specifiers. */
  public static String dateFormat(Timestamp timestamp, String format) {
    return timestamp == null || format == null ? null : DateFormats.format(timestamp.toLocalDateTime(), format);
  }

  /** {@code date_parse(text, format)} with MySQL-style specifiers. */
  public static Timestamp dateParse(String text, String format) {
    return text == null || format == null ? null : Timestamp.valueOf(DateFormats.parse(text, format));
  }

  private static ChronoUnit unit(String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "millisecond" -> ChronoUnit.MILLIS;
      case "second" -> ChronoUnit.SECONDS;
      case "minute" -> ChronoUnit.MINUTES;
      case "hour" -> ChronoUnit.HOURS;
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month", "quarter" -> ChronoUnit.MONTHS;
      case "year" -> ChronoUnit.YEARS;
      default -> throw unknownUnit(unit);
    };
  }

  /** Quarters are counted as three months. */
  private static long multiplier(String unit) {
    return unit.equalsIgnoreCase("quarter") ? 3 : 1;
  }

  private static IllegalArgumentException unknownUnit(String unit) {
    return new IllegalArgumentException("'" + unit + "' is not a valid time unit; use millisecond, second, minute, "
        + "hour, day, week, month, quarter or year");
  }
}
