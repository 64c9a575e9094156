package dev.eventlake.bench.ingest;

import dev.eventlake.store.storage.EventSchema;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * The structure DuckDB's {@code json_transform} gives a CloudTrail log file, derived from the store's Parquet
 * schema so that DuckDB parses the same columns with the same types: objects as STRUCT, maps as
 * MAP(VARCHAR, VARCHAR) (nested JSON kept as text, as Eventlake does), timestamps as TIMESTAMPTZ. Columns
 * Eventlake derives itself rather than reads are left out.
 */
final class DuckDbTypes {
  /** The original record text and its checksum: computed by Eventlake, not members of a record. */
  private static final Set<String> DERIVED_COLUMNS = Set.of("eventJson", "eventJsonChecksum");

  private DuckDbTypes() {}

  /** {@code {"Records":[{"eventVersion":"VARCHAR","userIdentity":{...},...}]}}. */
  static String logFileStructure() {
    List<Type> columns = EventSchema.SCHEMA.getFields().stream()
        .filter(column -> !DERIVED_COLUMNS.contains(column.getName())).toList();
    return "{\"Records\":[" + object(columns) + "]}";
  }

  private static String object(List<Type> fields) {
    StringJoiner members = new StringJoiner(",", "{", "}");
    for (Type field : fields) {
      members.add("\"" + field.getName() + "\":" + structureOf(field));
    }
    return members.toString();
  }

  private static String structureOf(Type type) {
    if (type.isPrimitive()) {
      return "\"" + scalarType(type) + "\"";
    }
    GroupType group = type.asGroupType();
    LogicalTypeAnnotation annotation = group.getLogicalTypeAnnotation();
    if (annotation instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation) {
      return "\"MAP(VARCHAR, VARCHAR)\"";
    }
    if (annotation instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
      return "[" + structureOf(group.getType(0).asGroupType().getType(0)) + "]";
    }
    return object(group.getFields());
  }

  private static String scalarType(Type type) {
    PrimitiveTypeName primitive = type.asPrimitiveType().getPrimitiveTypeName();
    return switch (primitive) {
      case INT64 -> type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
          ? "TIMESTAMPTZ" : "BIGINT";
      case BOOLEAN -> "BOOLEAN";
      case INT32 -> "INTEGER";
      case DOUBLE -> "DOUBLE";
      case FLOAT -> "FLOAT";
      case BINARY, FIXED_LEN_BYTE_ARRAY, INT96 -> "VARCHAR";
    };
  }
}
