package dev.eventlake.query.scan;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/** Resolves dotted column paths against a Parquet schema, to the schema's own spelling of each field. */
final class ColumnPaths {
  private ColumnPaths() {}

  /**
   * The field names along {@code path}, matched exactly or else ignoring case. A path may end at a MAP or LIST
   * group (its whole value) but may not reach inside one, nor through any repeated field.
   */
  static List<String> resolve(GroupType schema, String path) {
    List<String> names = new ArrayList<>();
    GroupType group = schema;
    String[] segments = path.split("\\.", -1);
    for (int position = 0; position < segments.length; position++) {
      if (group == null) {
        throw invalid(path, "'" + segments[position - 1] + "' is not a group");
      }
      Type field = field(group, segments[position], path);
      if (field.isRepetition(Type.Repetition.REPEATED)) {
        throw invalid(path, "'" + field.getName() + "' is repeated");
      }
      names.add(field.getName());
      group = field.isPrimitive() || isCollection(field) ? null : field.asGroupType();
    }
    return names;
  }

  /** Like {@link #resolve} for a value filter's column, which must be a string leaf. */
  static List<String> resolveStringLeaf(GroupType schema, String path) {
    List<String> names = resolve(schema, path);
    Type field = schema;
    for (String name : names) {
      field = field.asGroupType().getType(name);
    }
    if (!field.isPrimitive()
        || field.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
      throw invalid(path, "a value filter needs a string column");
    }
    return names;
  }

  /** True for a MAP or LIST group, whose value is read whole. */
  static boolean isCollection(Type field) {
    LogicalTypeAnnotation annotation = field.getLogicalTypeAnnotation();
    return annotation instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
        || annotation instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation;
  }

  private static Type field(GroupType group, String name, String path) {
    if (group.containsField(name)) {
      return group.getType(name);
    }
    for (Type candidate : group.getFields()) {
      if (candidate.getName().equalsIgnoreCase(name)) {
        return candidate;
      }
    }
    throw invalid(path, "no field '" + name + "' in " + group.getName());
  }

  private static IllegalArgumentException invalid(String path, String reason) {
    return new IllegalArgumentException("cannot scan column " + path + ": " + reason);
  }
}
