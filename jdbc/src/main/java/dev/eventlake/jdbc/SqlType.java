package dev.eventlake.jdbc;

import java.util.Locale;

/**
 * The type of a column as JDBC reports it: the value family, the type's name, and precision and scale (the digits
 * of a DECIMAL, the fraction digits of a TIMESTAMP).
 *
 * @param kind the value family
 * @param name the type name tools show, such as {@code VARCHAR}, {@code TIMESTAMP} or {@code ROW(arn VARCHAR, …)}
 * @param precision the maximum digits or characters
 * @param scale the digits after the point
 */
record SqlType(ValueKind kind, String name, int precision, int scale) {
  /** A type with the kind's own precision. */
  static SqlType of(ValueKind kind, String name) {
    return new SqlType(kind, name, kind.precision(), kind == ValueKind.TIMESTAMP ? 3 : 0);
  }

  /**
   * The type of a result column from the engine's notation: {@code VARCHAR}, {@code TIMESTAMP(3)},
   * {@code DECIMAL(10, 2)}, {@code (VARCHAR, VARCHAR) MAP}, {@code VARCHAR ARRAY}, {@code RecordType(…)}; the
   * outermost constructor is the last word of the postfix notation.
   */
  static SqlType fromEngine(String engineType) {
    String type = engineType == null ? "" : engineType.trim().toUpperCase(Locale.ROOT);
    if (type.endsWith(" ARRAY") || type.endsWith(" MULTISET") || type.startsWith("ARRAY")) {
      return of(ValueKind.ARRAY, "ARRAY");
    }
    if (type.endsWith(" MAP") || type.startsWith("MAP")) {
      return of(ValueKind.MAP, "MAP");
    }
    if (type.startsWith("RECORDTYPE") || type.startsWith("ROW")) {
      return of(ValueKind.ROW, "ROW");
    }
    int parenthesis = type.indexOf('(');
    String base = (parenthesis < 0 ? type : type.substring(0, parenthesis)).trim();
    return switch (base) {
      case "VARCHAR", "CHAR" -> of(ValueKind.STRING, "VARCHAR");
      case "BOOLEAN" -> of(ValueKind.BOOLEAN, base);
      case "TINYINT", "SMALLINT", "INTEGER" -> of(ValueKind.INTEGER, "INTEGER");
      case "BIGINT" -> of(ValueKind.BIGINT, base);
      case "REAL", "FLOAT", "DOUBLE" -> of(ValueKind.DOUBLE, "DOUBLE");
      case "DECIMAL" -> decimal(type);
      case "TIMESTAMP", "TIMESTAMP_WITH_LOCAL_TIME_ZONE", "TIMESTAMP_TZ" -> of(ValueKind.TIMESTAMP, "TIMESTAMP");
      case "DATE" -> of(ValueKind.DATE, base);
      default -> of(ValueKind.OTHER, base.isEmpty() ? "UNKNOWN" : base);
    };
  }

  /** The type of a store column as the server describes it: its kind and full SQL type name. */
  static SqlType fromColumn(String kind, String typeName) {
    ValueKind valueKind = ValueKind.named(kind);
    return valueKind == ValueKind.DECIMAL ? decimal(typeName) : of(valueKind, typeName);
  }

  /** {@code DECIMAL(p, s)}; a DECIMAL without digits counts as DECIMAL(38, 0). */
  private static SqlType decimal(String type) {
    int open = type.indexOf('(');
    int close = type.indexOf(')');
    if (open < 0 || close < open) {
      return of(ValueKind.DECIMAL, "DECIMAL");
    }
    String[] digits = type.substring(open + 1, close).split(",");
    try {
      int precision = Integer.parseInt(digits[0].trim());
      int scale = digits.length > 1 ? Integer.parseInt(digits[1].trim()) : 0;
      return new SqlType(ValueKind.DECIMAL, "DECIMAL", precision, scale);
    } catch (NumberFormatException notDigits) {
      return of(ValueKind.DECIMAL, "DECIMAL");
    }
  }
}
