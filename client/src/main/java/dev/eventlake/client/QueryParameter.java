package dev.eventlake.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A typed value for a placeholder of a statement: {@code ?} placeholders take the parameters in order (leave
 * {@code name} null), {@code :name} placeholders the parameter of their name. Values travel as JSON of their type;
 * the server binds them, it never pastes them into the SQL.
 *
 * @param name the placeholder's name, or null for a {@code ?} placeholder
 * @param type VARCHAR, BIGINT, DOUBLE, BOOLEAN or TIMESTAMP
 * @param value a String, Long, Double (or BigDecimal), Boolean, or for TIMESTAMP the UTC time as text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryParameter(String name, String type, Object value) {
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS",
      Locale.ROOT);

  public static QueryParameter varchar(String name, String value) {
    return new QueryParameter(name, "VARCHAR", value);
  }

  public static QueryParameter bigint(String name, long value) {
    return new QueryParameter(name, "BIGINT", value);
  }

  /** A DOUBLE; {@code value} is a Double or, to keep its digits in transit, a BigDecimal. */
  public static QueryParameter doubleValue(String name, Number value) {
    return new QueryParameter(name, "DOUBLE", value);
  }

  public static QueryParameter bool(String name, boolean value) {
    return new QueryParameter(name, "BOOLEAN", value);
  }

  /** A TIMESTAMP given as its UTC wall-clock time. */
  public static QueryParameter timestamp(String name, LocalDateTime utcTime) {
    return new QueryParameter(name, "TIMESTAMP", UTC_TIME.format(utcTime));
  }

  /** A TIMESTAMP given as an instant. */
  public static QueryParameter timestamp(String name, Instant instant) {
    return timestamp(name, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
