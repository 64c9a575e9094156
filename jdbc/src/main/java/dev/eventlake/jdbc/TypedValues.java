package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;

/**
 * A non-null result value as the Java objects JDBC hands out: {@code getObject}'s default class per column type,
 * the classes {@code getObject(column, Class)} may ask for, and dates and times in a calendar's zone.
 */
final class TypedValues {
  private TypedValues() {}

  /** The value as the column type's Java class (see {@link ValueKind#javaClass()}). */
  static Object object(JsonNode value, SqlType type) throws SQLException {
    return switch (type.kind()) {
      case BOOLEAN -> JsonValues.bool(value);
      case INTEGER -> (int) JsonValues.integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
      case BIGINT -> JsonValues.integral(value, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
      case DOUBLE -> JsonValues.floating(value);
      case DECIMAL -> JsonValues.decimal(value);
      case TIMESTAMP -> Timestamp.valueOf(JsonValues.timestamp(value));
      case DATE -> Date.valueOf(JsonValues.date(value));
      default -> JsonValues.text(value, type);
    };
  }

  /** The value as {@code target}, for {@code getObject(column, target)}. */
  static <T> T as(JsonNode value, SqlType type, Class<T> target) throws SQLException {
    Object converted;
    if (target == Object.class) {
      converted = object(value, type);
    } else if (target == String.class) {
      converted = JsonValues.text(value, type);
    } else if (Number.class.isAssignableFrom(target) || target == Boolean.class) {
      converted = number(value, target);
    } else {
      converted = temporal(value, target);
    }
    if (converted == null) {
      throw new SQLException("Cannot read a " + type.name() + " value as " + target.getName(), "22018");
    }
    return target.cast(converted);
  }

  private static Object number(JsonNode value, Class<?> target) throws SQLException {
    if (target == Boolean.class) {
      return JsonValues.bool(value);
    }
    if (target == Double.class || target == Float.class) {
      double number = JsonValues.floating(value);
      return target == Double.class ? (Object) number : (Object) (float) number;
    }
    if (target == BigDecimal.class) {
      return JsonValues.decimal(value);
    }
    long number = JsonValues.integral(value, Long.MIN_VALUE, Long.MAX_VALUE, target.getSimpleName());
    if (target == Long.class) {
      return number;
    }
    if (target == Integer.class) {
      return (int) JsonValues.integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer");
    }
    if (target == Short.class) {
      return (short) JsonValues.integral(value, Short.MIN_VALUE, Short.MAX_VALUE, "Short");
    }
    return target == Byte.class ? (Object) (byte) JsonValues.integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "Byte")
        : null;
  }

  private static Object temporal(JsonNode value, Class<?> target) throws SQLException {
    if (target == LocalDate.class || target == Date.class) {
      LocalDate date = JsonValues.date(value);
      return target == Date.class ? Date.valueOf(date) : date;
    }
    LocalDateTime time = JsonValues.timestamp(value);
    if (target == LocalDateTime.class) {
      return time;
    }
    if (target == Timestamp.class) {
      return Timestamp.valueOf(time);
    }
    if (target == Instant.class) {
      return time.toInstant(ZoneOffset.UTC);
    }
    if (target == OffsetDateTime.class) {
      return time.atOffset(ZoneOffset.UTC);
    }
    if (target == LocalTime.class || target == Time.class) {
      return target == Time.class ? Time.valueOf(time.toLocalTime()) : time.toLocalTime();
    }
    return null;
  }

  /** The value's UTC wall-clock time taken as a time in {@code calendar}'s zone (the JVM's zone when null). */
  static Timestamp timestamp(JsonNode value, Calendar calendar) throws SQLException {
    LocalDateTime time = JsonValues.timestamp(value);
    if (calendar == null) {
      return Timestamp.valueOf(time);
    }
    Timestamp timestamp = Timestamp.from(time.atZone(zone(calendar)).toInstant());
    timestamp.setNanos(time.getNano());
    return timestamp;
  }

  /** The value's date at midnight in {@code calendar}'s zone (the JVM's zone when null). */
  static Date date(JsonNode value, Calendar calendar) throws SQLException {
    LocalDate date = JsonValues.date(value);
    return calendar == null ? Date.valueOf(date) : new Date(date.atStartOfDay(zone(calendar)).toInstant()
        .toEpochMilli());
  }

  /** The value's time of day on 1970-01-01 in {@code calendar}'s zone (the JVM's zone when null). */
  static Time time(JsonNode value, Calendar calendar) throws SQLException {
    LocalTime time = JsonValues.timestamp(value).toLocalTime();
    return calendar == null ? Time.valueOf(time) : new Time(time.atDate(LocalDate.EPOCH).atZone(zone(calendar))
        .toInstant().toEpochMilli());
  }

  private static ZoneId zone(Calendar calendar) {
    return calendar.getTimeZone().toZoneId();
  }
}
