package dev.eventlake.query.sql;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Registers the Trino functions that are neither Calcite built-ins nor AST rewrites as UDFs in a schema (normally
 * the root schema, so statements need no qualification). Names are case-insensitive under the dialect's connection
 * properties; {@code trino_date_diff} and {@code trino_date_trunc} are what the pre-pass renames
 * {@code date_diff(} and {@code date_trunc(} to.
 */
public final class TrinoFunctions {
  private TrinoFunctions() {}

  /** Adds every function to {@code schema}. */
  public static void register(SchemaPlus schema) {
    add(schema, "json_extract_scalar", JsonFunctions.class, "jsonExtractScalar");
    add(schema, "json_extract", JsonFunctions.class, "jsonExtract");
    add(schema, "json_parse", JsonFunctions.class, "jsonParse");
    add(schema, "json_format", JsonFunctions.class, "jsonFormat");
    add(schema, "json_size", JsonFunctions.class, "jsonSize");
    add(schema, "json_array_length", JsonFunctions.class, "jsonArrayLength");
    add(schema, "json_array_get", JsonFunctions.class, "jsonArrayGet");
    add(schema, "json_array_contains", JsonFunctions.class, "jsonArrayContainsText");
    add(schema, "json_array_contains", JsonFunctions.class, "jsonArrayContainsNumber");
    add(schema, "json_array_contains", JsonFunctions.class, "jsonArrayContainsBoolean");
    add(schema, "is_json_scalar", JsonFunctions.class, "isJsonScalar");
    add(schema, "regexp_extract", TextFunctions.class, "regexpExtract");
    add(schema, "regexp_extract", TextFunctions.class, "regexpExtractGroup");
    add(schema, "date_add", DateTimeFunctions.class, "dateAdd");
    add(schema, TextRewriter.RENAMED_PREFIX + "date_diff", DateTimeFunctions.class, "dateDiff");
    add(schema, TextRewriter.RENAMED_PREFIX + "date_trunc", DateTimeFunctions.class, "dateTrunc");
    add(schema, "from_iso8601_timestamp", DateTimeFunctions.class, "fromIso8601Timestamp");
    add(schema, "to_iso8601", DateTimeFunctions.class, "toIso8601");
    add(schema, "from_unixtime", DateTimeFunctions.class, "fromUnixtime");
    add(schema, "to_unixtime", DateTimeFunctions.class, "toUnixtime");
    add(schema, "date_format", DateTimeFunctions.class, "dateFormat");
    add(schema, "date_parse", DateTimeFunctions.class, "dateParse");
    add(schema, "trino_try_cast_text", CastFunctions.class, "tryCastText");
    addTyped(schema, "map_keys", "mapKeys", List.of(TrinoFunctions::textMap), TrinoFunctions::textArray);
    addTyped(schema, "map_values", "mapValues", List.of(TrinoFunctions::textMap), TrinoFunctions::textArray);
    addTyped(schema, "split", "split", List.of(TrinoFunctions::text, TrinoFunctions::text), TrinoFunctions::textArray);
    addTyped(schema, TextRewriter.RENAMED_PREFIX + "contains", "contains",
        List.of(TrinoFunctions::textArray, TrinoFunctions::text), factory -> factory.createSqlType(SqlTypeName.BOOLEAN));
  }

  private static void addTyped(SchemaPlus schema, String name, String methodName,
      List<java.util.function.Function<RelDataTypeFactory, RelDataType>> parameters,
      java.util.function.Function<RelDataTypeFactory, RelDataType> result) {
    schema.add(name, new TypedFunction(method(CollectionFunctions.class, methodName), parameters, result));
  }

  private static RelDataType text(RelDataTypeFactory factory) {
    return factory.createSqlType(SqlTypeName.VARCHAR);
  }

  private static RelDataType textArray(RelDataTypeFactory factory) {
    return factory.createArrayType(factory.createTypeWithNullability(text(factory), true), -1);
  }

  private static RelDataType textMap(RelDataTypeFactory factory) {
    return factory.createMapType(text(factory), factory.createTypeWithNullability(text(factory), true));
  }

  private static void add(SchemaPlus schema, String name, Class<?> type, String methodName) {
    schema.add(name, ScalarFunctionImpl.create(method(type, methodName)));
  }

  private static Method method(Class<?> type, String methodName) {
    return Arrays.stream(type.getMethods()).filter(candidate -> candidate.getName().equals(methodName))
        .findFirst().orElseThrow(() -> new IllegalStateException("No method " + type.getName() + "." + methodName));
  }
}
