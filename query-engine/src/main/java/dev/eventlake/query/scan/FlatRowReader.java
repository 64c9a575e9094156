package dev.eventlake.query.scan;

import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads a read schema of top-level, non-repeated primitive columns column by column, with no record assembly:
 * the filter columns of a row first, and the other columns decoded only when the row matches (skipped otherwise).
 */
final class FlatRowReader {
  private FlatRowReader() {}

  /** True when every column of {@code readSchema} is a top-level, non-repeated primitive. */
  static boolean supports(MessageType readSchema) {
    for (Type field : readSchema.getFields()) {
      if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
        return false;
      }
    }
    return true;
  }

  /** Reads every row of {@code pages} that {@code layout} matches into the sink; false when the sink stopped. */
  static boolean read(PageReadStore pages, String createdBy, RowLayout layout, RowSink sink) {
    MessageType readSchema = layout.readSchema();
    StructConverter root = new StructConverter(readSchema, null, 0);
    ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, root, readSchema, createdBy);
    List<ColumnDescriptor> descriptors = readSchema.getColumns();
    int[] order = layout.filterFieldsFirst();
    int filterCount = layout.filterFieldCount();
    ColumnReader[] readers = new ColumnReader[order.length];
    int[] definedLevels = new int[order.length];
    for (int position = 0; position < order.length; position++) {
      ColumnDescriptor descriptor = descriptors.get(order[position]);
      readers[position] = store.getColumnReader(descriptor);
      definedLevels[position] = descriptor.getMaxDefinitionLevel();
    }
    long rows = pages.getRowCount();
    for (long row = 0; row < rows; row++) {
      root.start();
      readColumns(readers, definedLevels, 0, filterCount);
      Object[] record = root.values();
      if (!layout.matches(record)) {
        skipColumns(readers, filterCount);
        continue;
      }
      readColumns(readers, definedLevels, filterCount, readers.length);
      if (!sink.accept(layout.output(record))) {
        return false;
      }
    }
    return true;
  }

  private static void readColumns(ColumnReader[] readers, int[] definedLevels, int from, int to) {
    for (int position = from; position < to; position++) {
      ColumnReader reader = readers[position];
      if (reader.getCurrentDefinitionLevel() == definedLevels[position]) {
        reader.writeCurrentValueToConverter();
      }
      reader.consume();
    }
  }

  private static void skipColumns(ColumnReader[] readers, int from) {
    for (int position = from; position < readers.length; position++) {
      ColumnReader reader = readers[position];
      if (reader.getCurrentDefinitionLevel() == reader.getDescriptor().getMaxDefinitionLevel()) {
        reader.skip();
      }
      reader.consume();
    }
  }
}
