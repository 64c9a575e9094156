package dev.eventlake.jdbc;

import java.sql.ResultSetMetaData;

/**
 * A column of a result set: its label, type and whether it may hold NULL ({@link ResultSetMetaData} constants).
 *
 * @param label the column label, which {@code findColumn} matches case-insensitively
 * @param type its type
 * @param nullable {@code columnNoNulls}, {@code columnNullable} or {@code columnNullableUnknown}
 */
record ResultColumn(String label, SqlType type, int nullable) {
  /** A query result column: the engine does not say whether it may be NULL. */
  static ResultColumn ofQuery(String label, String engineType) {
    return new ResultColumn(label, SqlType.fromEngine(engineType), ResultSetMetaData.columnNullableUnknown);
  }

  /** A metadata result column of {@code kind}, which may be NULL. */
  static ResultColumn ofMetadata(String label, ValueKind kind) {
    return new ResultColumn(label, SqlType.of(kind, kind == ValueKind.STRING ? "VARCHAR" : kind.name()),
        ResultSetMetaData.columnNullable);
  }
}
