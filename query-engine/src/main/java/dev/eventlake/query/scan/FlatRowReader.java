package dev.eventlake.query.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.MessageType;

/**
 * Reads a read schema without repeated fields (top-level columns and struct sub-fields such as
 * {@code userIdentity.arn}, no maps or lists) column by column, with no record assembly: the filter columns of a row
 * first, and the other columns decoded only when the row matches (skipped otherwise). A struct gets its value array
 * as soon as one of its leaves is defined down to the struct's level, as record assembly would give it.
 */
final class FlatRowReader {
  private FlatRowReader() {}

  /** True when no column of {@code readSchema} is repeated or inside a repeated field. */
  static boolean supports(MessageType readSchema) {
    return readSchema.getColumns().stream().allMatch(column -> column.getMaxRepetitionLevel() == 0);
  }

  /** Reads every row of {@code pages} that {@code layout} matches into the sink; false when the sink stopped. */
  static boolean read(PageReadStore pages, String createdBy, RowLayout layout, RowSink sink) {
    MessageType readSchema = layout.readSchema();
    StructConverter root = new StructConverter(readSchema, null, 0);
    ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, root, readSchema, createdBy);
    List<FlatLeaf> leaves = FlatLeaf.inReadOrder(readSchema, root, store, layout.filterLeafPaths());
    FlatLeaf[] ordered = leaves.toArray(FlatLeaf[]::new);
    int filterCount = layout.filterLeafPaths().size();
    boolean[] opened = new boolean[FlatLeaf.groupCount(ordered)];
    long rows = pages.getRowCount();
    for (long row = 0; row < rows; row++) {
      root.start();
      Arrays.fill(opened, false);
      readLeaves(ordered, opened, 0, filterCount);
      Object[] record = root.values();
      if (!layout.matches(record)) {
        skipLeaves(ordered, filterCount);
        continue;
      }
      readLeaves(ordered, opened, filterCount, ordered.length);
      if (!sink.accept(layout.output(record))) {
        return false;
      }
    }
    return true;
  }

  private static void readLeaves(FlatLeaf[] leaves, boolean[] opened, int from, int to) {
    for (int position = from; position < to; position++) {
      FlatLeaf leaf = leaves[position];
      ColumnReader reader = leaf.reader();
      int defined = reader.getCurrentDefinitionLevel();
      leaf.openGroups(defined, opened);
      if (defined == leaf.maxDefinitionLevel()) {
        reader.writeCurrentValueToConverter();
      }
      reader.consume();
    }
  }

  private static void skipLeaves(FlatLeaf[] leaves, int from) {
    for (int position = from; position < leaves.length; position++) {
      ColumnReader reader = leaves[position].reader();
      if (reader.getCurrentDefinitionLevel() == leaves[position].maxDefinitionLevel()) {
        reader.skip();
      }
      reader.consume();
    }
  }

  /** One struct on the path to a leaf: its converter, the definition level at which it exists, and its number. */
  record Group(GroupConverter converter, int definitionLevel, int number) {}

  /** A leaf column's reader and the structs on its path, outermost first. */
  record FlatLeaf(ColumnReader reader, int maxDefinitionLevel, Group[] groups) {

    /** Gives each struct on the path whose level {@code defined} reaches its value array for this row. */
    void openGroups(int defined, boolean[] opened) {
      for (Group group : groups) {
        if (defined < group.definitionLevel()) {
          return;
        }
        if (!opened[group.number()]) {
          group.converter().start();
          group.converter().end();
          opened[group.number()] = true;
        }
      }
    }

    /** The leaves of {@code readSchema}, those at {@code filterPaths} first (in that order), then schema order. */
    static List<FlatLeaf> inReadOrder(MessageType readSchema, StructConverter root, ColumnReadStoreImpl store,
        List<String[]> filterPaths) {
      List<ColumnDescriptor> columns = new ArrayList<>();
      for (String[] path : filterPaths) {
        columns.add(readSchema.getColumnDescription(path));
      }
      readSchema.getColumns().stream().filter(column -> !columns.contains(column)).forEach(columns::add);
      List<String> groupPaths = new ArrayList<>();
      List<FlatLeaf> leaves = new ArrayList<>();
      for (ColumnDescriptor column : columns) {
        leaves.add(new FlatLeaf(store.getColumnReader(column), column.getMaxDefinitionLevel(),
            groups(readSchema, root, column.getPath(), groupPaths)));
      }
      return leaves;
    }

    static int groupCount(FlatLeaf[] leaves) {
      return Arrays.stream(leaves).flatMap(leaf -> Arrays.stream(leaf.groups())).mapToInt(Group::number).max()
          .orElse(-1) + 1;
    }

    private static Group[] groups(MessageType readSchema, StructConverter root, String[] path,
        List<String> groupPaths) {
      Group[] groups = new Group[path.length - 1];
      GroupConverter converter = root;
      org.apache.parquet.schema.GroupType type = readSchema;
      for (int depth = 0; depth < groups.length; depth++) {
        int index = type.getFieldIndex(path[depth]);
        converter = converter.getConverter(index).asGroupConverter();
        type = type.getType(index).asGroupType();
        String groupPath = String.join(".", Arrays.copyOf(path, depth + 1));
        if (!groupPaths.contains(groupPath)) {
          groupPaths.add(groupPath);
        }
        groups[depth] = new Group(converter, readSchema.getMaxDefinitionLevel(Arrays.copyOf(path, depth + 1)),
            groupPaths.indexOf(groupPath));
      }
      return groups;
    }
  }
}
