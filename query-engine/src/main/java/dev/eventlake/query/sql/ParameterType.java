package dev.eventlake.query.sql;

import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;

import dev.eventlake.store.error.LakeException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The SQL type of a query parameter. A value arrives as text (CloudTrail's {@code QueryParameters} are strings), is
 * parsed into a typed Java value and bound to a JDBC {@code ?} with the matching setter, never pasted into the SQL.
 */
public enum ParameterType {
  VARCHAR("a string"),
  BIGINT("a whole number such as 42"),
  DOUBLE("a number such as 0.5"),
  BOOLEAN("true or false"),
  TIMESTAMP("a UTC time such as '2024-01-05 13:51:00' or '2024-01-05T13:51:00Z'");

  private static final DateTimeFormatter CANONICAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private final String expected;

  ParameterType(String expected) {
    this.expected = expected;
  }

  /** The type named {@code name}, ignoring case; {@code InvalidParameterException} listing the types otherwise. */
  public static ParameterType parse(String name) {
    for (ParameterType type : values()) {
      if (type.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return type;
      }
    }
    throw LakeException.of(INVALID_PARAMETER, "'%s' is not a parameter type; use one of %s", name,
        Arrays.toString(values()));
  }

  /**
   * {@code text} as this type's Java value: String, Long, Double, Boolean or a UTC {@link LocalDateTime}.
   *
   * @throws LakeException InvalidParameterException naming {@code parameterName} when the text does not fit
   */
  public Object value(String parameterName, String text) {
    String trimmed = text.trim();
    Object value = switch (this) {
      case VARCHAR -> text;
      case BIGINT -> wholeNumber(trimmed);
      case DOUBLE -> decimal(trimmed);
      case BOOLEAN -> trimmed.equalsIgnoreCase("true") ? Boolean.TRUE
          : trimmed.equalsIgnoreCase("false") ? Boolean.FALSE : null;
      case TIMESTAMP -> EventTimeLiterals.parseUtc(trimmed);
    };
    if (value == null) {
      throw LakeException.of(INVALID_PARAMETER, "Parameter '%s' is %s, so it must be %s; '%s' is not.",
          parameterName, name(), expected, text);
    }
    return value;
  }

  /** The value's text in one canonical form, as the query record keeps it. */
  public String canonical(String parameterName, String text) {
    Object value = value(parameterName, text);
    return value instanceof LocalDateTime time ? CANONICAL_TIME.format(time) : value.toString();
  }

  /** Binds {@code text}, parsed as this type, to the 1-based placeholder {@code index} of {@code statement}. */
  void bind(PreparedStatement statement, int index, String parameterName, String text) throws SQLException {
    Object value = value(parameterName, text);
    switch (this) {
      case VARCHAR -> statement.setString(index, (String) value);
      case BIGINT -> bindWholeNumber(statement, index, parameterName, (Long) value);
      case DOUBLE -> statement.setDouble(index, (Double) value);
      case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
      case TIMESTAMP -> statement.setTimestamp(index,
          new Timestamp(((LocalDateTime) value).toInstant(ZoneOffset.UTC).toEpochMilli()),
          Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT));
    }
  }

  /** A LIMIT or OFFSET placeholder is an INTEGER to Calcite; anywhere else the value is bound as a BIGINT. */
  private static void bindWholeNumber(PreparedStatement statement, int index, String parameterName, long value)
      throws SQLException {
    if (statement.getParameterMetaData().getParameterType(index) != Types.INTEGER) {
      statement.setLong(index, value);
    } else if (value >= 0 && value <= Integer.MAX_VALUE) {
      statement.setInt(index, (int) value);
    } else {
      throw LakeException.of(INVALID_PARAMETER, "Parameter '%s' is a row count, so it must lie between 0 and %d; "
          + "%d does not.", parameterName, Integer.MAX_VALUE, value);
    }
  }

  private static Long wholeNumber(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notWhole) {
      return null;
    }
  }

  private static Double decimal(String text) {
    try {
      double parsed = new BigDecimal(text).doubleValue();
      return Double.isFinite(parsed) ? parsed : null;
    } catch (NumberFormatException notNumber) {
      return null;
    }
  }
}
