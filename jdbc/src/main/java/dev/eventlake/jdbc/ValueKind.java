package dev.eventlake.jdbc;

import java.sql.Types;
import java.util.Locale;

/**
 * The value families of Eventlake's SQL and how JDBC sees each: its {@link Types} code, Java class, precision and
 * display width. Maps, arrays and rows reach JDBC as JSON text, so they are VARCHAR columns of {@code String}.
 */
enum ValueKind {
  STRING(Types.VARCHAR, String.class, 65_535, 65_535),
  BOOLEAN(Types.BOOLEAN, Boolean.class, 1, 5),
  INTEGER(Types.INTEGER, Integer.class, 10, 11),
  BIGINT(Types.BIGINT, Long.class, 19, 20),
  DOUBLE(Types.DOUBLE, Double.class, 17, 24),
  DECIMAL(Types.DECIMAL, java.math.BigDecimal.class, 38, 40),
  TIMESTAMP(Types.TIMESTAMP, java.sql.Timestamp.class, 23, 23),
  DATE(Types.DATE, java.sql.Date.class, 10, 10),
  MAP(Types.VARCHAR, String.class, 65_535, 65_535),
  ARRAY(Types.VARCHAR, String.class, 65_535, 65_535),
  ROW(Types.VARCHAR, String.class, 65_535, 65_535),
  OTHER(Types.VARCHAR, String.class, 65_535, 65_535);

  private final int sqlType;
  private final Class<?> javaClass;
  private final int precision;
  private final int displaySize;

  ValueKind(int sqlType, Class<?> javaClass, int precision, int displaySize) {
    this.sqlType = sqlType;
    this.javaClass = javaClass;
    this.precision = precision;
    this.displaySize = displaySize;
  }

  int sqlType() {
    return sqlType;
  }

  Class<?> javaClass() {
    return javaClass;
  }

  int precision() {
    return precision;
  }

  int displaySize() {
    return displaySize;
  }

  boolean isNumeric() {
    return this == INTEGER || this == BIGINT || this == DOUBLE || this == DECIMAL;
  }

  /** Whether values are JSON text standing for a map, array or row. */
  boolean isJson() {
    return this == MAP || this == ARRAY || this == ROW;
  }

  /** The kind the server names {@code name} ({@code STRING}, {@code ROW}, …); OTHER for names it adds later. */
  static ValueKind named(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return OTHER;
    }
  }
}
