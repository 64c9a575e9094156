package dev.eventlake.query.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.filter.RecordFilter;
import org.apache.parquet.filter.UnboundRecordFilter;
import org.apache.parquet.io.api.Binary;

/**
 * A scan's time range and value filters, checked on the column readers before a record is assembled: Parquet's
 * record reader then skips each record that fails them value by value, without decoding its strings, maps or
 * lists (a filter2 predicate only drops a record after assembling all of it). Filter columns are non-repeated
 * leaves, so each reader's current value is the record's value. {@link RowLayout#matches} still checks exactly.
 */
final class RecordSkipFilter implements UnboundRecordFilter {
  private static final String[] EVENT_TIME = {"eventTime"};

  private final ScanRequest.TimeRange timeRange;
  private final List<String[]> filterPaths;
  /** Per filter, the values that pass, or null when any value does ({@code IS NOT NULL}). */
  private final List<Set<Binary>> filterValues;

  RecordSkipFilter(ScanRequest.TimeRange timeRange, List<List<String>> filterPaths, List<List<String>> values) {
    this.timeRange = timeRange;
    this.filterPaths = filterPaths.stream().map(path -> path.toArray(String[]::new)).toList();
    this.filterValues = new ArrayList<>();
    values.forEach(passing -> this.filterValues.add(binaries(passing)));
  }

  @Override
  public RecordFilter bind(Iterable<ColumnReader> readers) {
    ColumnReader time = timeRange.equals(ScanRequest.TimeRange.ALL) ? null : find(readers, EVENT_TIME);
    List<ColumnReader> columns = new ArrayList<>();
    for (String[] path : filterPaths) {
      columns.add(find(readers, path));
    }
    ColumnReader[] filterReaders = columns.toArray(ColumnReader[]::new);
    return () -> matches(time, filterReaders);
  }

  private boolean matches(ColumnReader time, ColumnReader[] filterReaders) {
    if (time != null && !timeRange.contains(time.getLong())) {
      return false;
    }
    for (int filter = 0; filter < filterReaders.length; filter++) {
      ColumnReader reader = filterReaders[filter];
      Set<Binary> values = filterValues.get(filter);
      if (reader.getCurrentDefinitionLevel() < reader.getDescriptor().getMaxDefinitionLevel()
          || (values != null && !values.contains(reader.getBinary()))) {
        return false;
      }
    }
    return true;
  }

  private static ColumnReader find(Iterable<ColumnReader> readers, String[] path) {
    for (ColumnReader reader : readers) {
      if (Arrays.equals(reader.getDescriptor().getPath(), path)) {
        return reader;
      }
    }
    throw new IllegalStateException("filter column " + String.join(".", path) + " is not in the read schema");
  }

  /** The values as Parquet binaries; null (any value) for an {@code IS NOT NULL} filter. */
  private static Set<Binary> binaries(List<String> values) {
    if (values == null) {
      return null;
    }
    Set<Binary> binaries = new HashSet<>();
    values.forEach(value -> binaries.add(Binary.fromString(value)));
    return binaries;
  }
}
