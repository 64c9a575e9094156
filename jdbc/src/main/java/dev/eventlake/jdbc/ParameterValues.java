package dev.eventlake.jdbc;

import dev.eventlake.client.QueryParameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Java values as typed query parameters: strings as VARCHAR, whole numbers as BIGINT, other numbers as DOUBLE,
 * booleans as BOOLEAN, dates and times as TIMESTAMP (a {@code Timestamp}'s wall-clock time is taken as UTC, the
 * zone of event times). SQL NULL cannot be bound: the server's parameters always have a value.
 */
final class ParameterValues {
  private ParameterValues() {}

  /** {@code value} as the parameter its Java class stands for. */
  static QueryParameter of(Object value) throws SQLException {
    if (value == null) {
      throw nullValue();
    }
    if (value instanceof String || value instanceof Character) {
      return QueryParameter.varchar(null, value.toString());
    }
    if (value instanceof Boolean bool) {
      return QueryParameter.bool(null, bool);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return QueryParameter.bigint(null, ((Number) value).longValue());
    }
    if (value instanceof BigInteger whole) {
      return whole.bitLength() < Long.SIZE ? QueryParameter.bigint(null, whole.longValue())
          : QueryParameter.doubleValue(null, new BigDecimal(whole));
    }
    if (value instanceof Float single) {
      return QueryParameter.doubleValue(null, Double.valueOf(single.toString()));
    }
    if (value instanceof BigDecimal || value instanceof Double) {
      return QueryParameter.doubleValue(null, (Number) value);
    }
    LocalDateTime time = utcTime(value);
    if (time == null) {
      throw new SQLException("Cannot bind a " + value.getClass().getName() + " as a parameter; use a String,"
          + " number, Boolean, Timestamp, Date or java.time value", "HY105");
    }
    return QueryParameter.timestamp(null, time);
  }

  /** {@code value} converted to {@code targetSqlType} first, as {@code setObject(index, value, type)} asks. */
  static QueryParameter of(Object value, int targetSqlType) throws SQLException {
    if (value == null) {
      throw nullValue();
    }
    return switch (targetSqlType) {
      case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR ->
          QueryParameter.varchar(null, value instanceof Timestamp timestamp
              ? JsonValues.TIMESTAMP_TEXT.format(timestamp.toLocalDateTime()) : value.toString());
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
          QueryParameter.bigint(null, wholeNumber(value));
      case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC ->
          QueryParameter.doubleValue(null, number(value));
      case Types.BOOLEAN, Types.BIT -> QueryParameter.bool(null, value instanceof Boolean bool ? bool
          : Boolean.parseBoolean(value.toString().trim()));
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE -> value instanceof String text
          ? new QueryParameter(null, "TIMESTAMP", text) : of(value);
      default -> throw SqlErrors.unsupported("parameters of JDBC type " + targetSqlType);
    };
  }

  private static long wholeNumber(Object value) throws SQLException {
    try {
      return number(value).longValueExact();
    } catch (ArithmeticException notWhole) {
      throw new SQLException("Cannot bind '" + value + "' as a whole number", "22018");
    }
  }

  private static BigDecimal number(Object value) throws SQLException {
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException notANumber) {
      throw new SQLException("Cannot bind '" + value + "' as a number", "22018");
    }
  }

  /** A date or time value as the UTC wall-clock time it stands for; null for other classes. */
  private static LocalDateTime utcTime(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().atStartOfDay();
    }
    if (value instanceof LocalDateTime time) {
      return time;
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay();
    }
    Instant instant = value instanceof Instant exact ? exact : value instanceof OffsetDateTime offset
        ? offset.toInstant() : value instanceof ZonedDateTime zoned ? zoned.toInstant() : null;
    if (instant != null) {
      return LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }
    return value instanceof java.util.Date legacy ? new Timestamp(legacy.getTime()).toLocalDateTime() : null;
  }

  static SQLException nullValue() {
    return SqlErrors.unsupported("NULL parameter values (every parameter needs a value; write IS NULL in the SQL"
        + " instead)");
  }
}
