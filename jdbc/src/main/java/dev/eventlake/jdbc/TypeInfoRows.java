package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.DatabaseMetaData;
import java.util.List;

/**
 * The rows of {@code getTypeInfo}: the SQL types of Eventlake's columns and results, ordered by JDBC type code; MAP,
 * ARRAY and ROW come as VARCHAR since their values arrive as JSON text.
 */
final class TypeInfoRows {
  private TypeInfoRows() {}

  static List<List<JsonNode>> rows() {
    return List.of(
        type("BIGINT", ValueKind.BIGINT, null, false),
        type("DECIMAL", ValueKind.DECIMAL, "precision,scale", false),
        type("INTEGER", ValueKind.INTEGER, null, false),
        type("DOUBLE", ValueKind.DOUBLE, null, false),
        type("VARCHAR", ValueKind.STRING, null, true),
        type("MAP", ValueKind.MAP, null, true),
        type("ARRAY", ValueKind.ARRAY, null, true),
        type("ROW", ValueKind.ROW, null, true),
        type("BOOLEAN", ValueKind.BOOLEAN, null, false),
        type("DATE", ValueKind.DATE, null, false),
        type("TIMESTAMP", ValueKind.TIMESTAMP, "precision", false));
  }

  private static List<JsonNode> type(String name, ValueKind kind, String createParameters, boolean text) {
    boolean literalInQuotes = kind == ValueKind.STRING || kind == ValueKind.DATE || kind == ValueKind.TIMESTAMP;
    int scale = kind == ValueKind.TIMESTAMP ? 3 : 0;
    return MetaDataRows.row(name, kind.sqlType(), kind.precision(), literalInQuotes ? "'" : null,
        literalInQuotes ? "'" : null, createParameters, DatabaseMetaData.typeNullable, text,
        kind.isJson() ? DatabaseMetaData.typePredNone : DatabaseMetaData.typeSearchable, !kind.isNumeric(), false,
        false, name, 0, kind == ValueKind.DECIMAL ? kind.precision() : scale, null, null, kind.isNumeric() ? 10 : null);
  }
}
