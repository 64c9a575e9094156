package dev.eventlake.query.engine;

import java.util.List;

/**
 * The type of a result column or of a component of one.
 *
 * @param kind the value family, which fixes the Java type of values
 * @param sqlName the type as SQL prints it, e.g. {@code VARCHAR}, {@code TIMESTAMP(3)}, {@code MAP<VARCHAR, VARCHAR>}
 * @param fieldNames the field names of a {@link Kind#ROW}, else empty
 * @param children the field types of a ROW, the key and value types of a MAP, the element type of an ARRAY
 */
public record ColumnType(Kind kind, String sqlName, List<String> fieldNames, List<ColumnType> children) {
  public ColumnType {
    fieldNames = List.copyOf(fieldNames);
    children = List.copyOf(children);
  }

  public static ColumnType scalar(Kind kind, String sqlName) {
    return new ColumnType(kind, sqlName, List.of(), List.of());
  }

  /** Value families and the Java type of their values (null stands for SQL NULL in all of them). */
  public enum Kind {
    /** {@code String}. */
    STRING,
    /** {@code Boolean}. */
    BOOLEAN,
    /** {@code Integer} (TINYINT, SMALLINT and INTEGER). */
    INTEGER,
    /** {@code Long}. */
    BIGINT,
    /** {@code Double} (REAL, FLOAT and DOUBLE). */
    DOUBLE,
    /** {@code java.math.BigDecimal}. */
    DECIMAL,
    /** {@code java.time.Instant} (UTC). */
    TIMESTAMP,
    /** {@code java.time.LocalDate}. */
    DATE,
    /** {@code java.util.Map} with normalised keys and values. */
    MAP,
    /** {@code java.util.List} of normalised elements. */
    ARRAY,
    /** {@code java.util.List} of normalised field values, in {@code fieldNames} order. */
    ROW,
    /** Anything else; rendered with {@code toString()}. */
    OTHER
  }
}
