package dev.eventlake.query.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * The read schema of one scan (the requested and filter columns, pruned to the sub-fields needed; or the full
 * schema) and, for rows decoded with it, the exact filter and the extraction of the requested columns.
 */
final class RowLayout {
  private static final Object[] NO_COLUMNS = new Object[0];

  private final MessageType readSchema;
  private final int[][] outputIndexes;
  private final boolean recordIsRow;
  private final ScanRequest.TimeRange timeRange;
  private final int[] timeIndexes;
  private final int[][] filterIndexes;
  private final Set<?>[] filterValues;

  private RowLayout(MessageType readSchema, List<List<String>> outputs, ScanRequest request,
      List<List<String>> filterColumns) {
    this.readSchema = readSchema;
    this.outputIndexes = indexes(readSchema, outputs);
    this.recordIsRow = isIdentity(outputIndexes, readSchema.getFieldCount());
    this.timeRange = request.eventTime();
    boolean timeBounded = !timeRange.equals(ScanRequest.TimeRange.ALL);
    this.timeIndexes = timeBounded ? indexes(readSchema, List.of(List.of("eventTime")))[0] : null;
    this.filterIndexes = indexes(readSchema, filterColumns);
    this.filterValues = request.valueFilters().stream()
        .map(filter -> filter.anyValue() ? null : new HashSet<>(filter.values())).toArray(Set<?>[]::new);
  }

  /** The layout over {@code schema} pruned to what {@code request} reads, or over all of it. */
  static RowLayout of(MessageType schema, ScanRequest request, boolean project) {
    List<List<String>> outputs = request.columns().stream().map(path -> ColumnPaths.resolve(schema, path)).toList();
    List<List<String>> filterColumns = request.valueFilters().stream()
        .map(filter -> ColumnPaths.resolveStringLeaf(schema, filter.column())).toList();
    if (!project) {
      return new RowLayout(schema, outputs, request, filterColumns);
    }
    ReadTree wanted = new ReadTree();
    outputs.forEach(wanted::add);
    filterColumns.forEach(wanted::add);
    if (!request.eventTime().equals(ScanRequest.TimeRange.ALL) || wanted.children.isEmpty()) {
      wanted.add(List.of("eventTime"));
    }
    MessageType readSchema = new MessageType(schema.getName(), wanted.project(schema));
    return new RowLayout(readSchema, outputs, request, filterColumns);
  }

  MessageType readSchema() {
    return readSchema;
  }

  /**
   * The dotted paths (as name arrays) of the leaves the filter reads: eventTime when the range is bounded, then
   * the value filters' columns, each once.
   */
  List<String[]> filterLeafPaths() {
    List<String[]> paths = new ArrayList<>();
    if (timeIndexes != null) {
      paths.add(names(timeIndexes));
    }
    for (int[] filter : filterIndexes) {
      String[] path = names(filter);
      if (paths.stream().noneMatch(known -> java.util.Arrays.equals(known, path))) {
        paths.add(path);
      }
    }
    return paths;
  }

  private String[] names(int[] indexes) {
    String[] names = new String[indexes.length];
    GroupType group = readSchema;
    for (int depth = 0; depth < indexes.length; depth++) {
      Type field = group.getType(indexes[depth]);
      names[depth] = field.getName();
      group = field.isPrimitive() ? null : field.asGroupType();
    }
    return names;
  }

  /** True when {@code record} (decoded with {@link #readSchema()}) is in the time range and passes every filter. */
  boolean matches(Object[] record) {
    if (timeIndexes != null && !timeRange.contains((Long) valueAt(record, timeIndexes))) {
      return false;
    }
    for (int filter = 0; filter < filterIndexes.length; filter++) {
      Object value = valueAt(record, filterIndexes[filter]);
      if (value == null || (filterValues[filter] != null && !filterValues[filter].contains(value))) {
        return false;
      }
    }
    return true;
  }

  /** The requested columns of {@code record}, in request order. */
  Object[] output(Object[] record) {
    if (recordIsRow) {
      return record;
    }
    if (outputIndexes.length == 0) {
      return NO_COLUMNS;
    }
    Object[] row = new Object[outputIndexes.length];
    for (int column = 0; column < row.length; column++) {
      row[column] = valueAt(record, outputIndexes[column]);
    }
    return row;
  }

  private static Object valueAt(Object[] record, int[] indexes) {
    Object value = record;
    for (int index : indexes) {
      if (value == null) {
        return null;
      }
      value = ((Object[]) value)[index];
    }
    return value;
  }

  private static int[][] indexes(MessageType schema, List<List<String>> paths) {
    int[][] indexes = new int[paths.size()][];
    for (int path = 0; path < indexes.length; path++) {
      List<String> names = paths.get(path);
      indexes[path] = new int[names.size()];
      GroupType group = schema;
      for (int depth = 0; depth < names.size(); depth++) {
        indexes[path][depth] = group.getFieldIndex(names.get(depth));
        Type field = group.getType(indexes[path][depth]);
        group = field.isPrimitive() ? null : field.asGroupType();
      }
    }
    return indexes;
  }

  private static boolean isIdentity(int[][] indexes, int fieldCount) {
    if (indexes.length != fieldCount || indexes.length == 0) {
      return false;
    }
    for (int column = 0; column < indexes.length; column++) {
      if (indexes[column].length != 1 || indexes[column][0] != column) {
        return false;
      }
    }
    return true;
  }

  /** The fields a scan reads: a field wanted whole, or only some of its sub-fields. */
  private static final class ReadTree {
    private boolean whole;
    private final Map<String, ReadTree> children = new LinkedHashMap<>();

    void add(List<String> names) {
      ReadTree node = this;
      for (String name : names) {
        if (node.whole) {
          return;
        }
        node = node.children.computeIfAbsent(name, ignored -> new ReadTree());
      }
      node.whole = true;
      node.children.clear();
    }

    /** The fields of {@code group} this tree keeps, in schema order. */
    List<Type> project(GroupType group) {
      List<Type> fields = new ArrayList<>();
      for (Type field : group.getFields()) {
        ReadTree child = children.get(field.getName());
        if (child != null) {
          fields.add(child.whole ? field : field.asGroupType().withNewFields(child.project(field.asGroupType())));
        }
      }
      return fields;
    }
  }
}
