package dev.eventlake.query.scan;

import dev.eventlake.store.storage.FileEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/**
 * One scan request resolved against the store schema: the projected layout for Parquet files, the full layout for
 * write-ahead-log rows, the Parquet predicate that prunes row groups (statistics, dictionaries, bloom filters) and
 * pages (column indexes), and the record filter that skips failing records before they are assembled.
 */
record ScanPlan(MessageType schema, ScanRequest request, RowLayout fileLayout, RowLayout eventLayout,
    FilterCompat.Filter filter, FilterCompat.Filter recordFilter) {

  static ScanPlan of(MessageType schema, ScanRequest request) {
    FilterCompat.Filter filter = filter(schema, request);
    return new ScanPlan(schema, request, RowLayout.of(schema, request, true), RowLayout.of(schema, request, false),
        filter, recordFilter(schema, request));
  }

  /** True when no row can match: an empty time range or a filter with no values. */
  boolean matchesNothing() {
    return request.eventTime().isEmpty() || request.limit() == 0
        || request.valueFilters().stream().anyMatch(filter -> !filter.anyValue() && filter.values().isEmpty());
  }

  /**
   * True when the time range excludes some events yet none of {@code file}'s: that file can be read with
   * {@link #withoutTimeRange()}, which neither filters its records on eventTime nor reads that column unless it is
   * projected, nor makes Parquet test its row groups against the range (for a dictionary-encoded eventTime column
   * that means expanding the whole dictionary of every row group).
   */
  boolean coversWholly(FileEntry file) {
    ScanRequest.TimeRange range = request.eventTime();
    return !range.equals(ScanRequest.TimeRange.ALL) && range.contains(file.minEventTime().toEpochMilli())
        && range.contains(file.maxEventTime().toEpochMilli());
  }

  /** This plan with no time range: for files {@link #coversWholly wholly inside} it. */
  ScanPlan withoutTimeRange() {
    return of(schema, new ScanRequest(request.columns(), ScanRequest.TimeRange.ALL, request.valueFilters(),
        request.limit()));
  }

  boolean hasValueFilters() {
    return !request.valueFilters().isEmpty();
  }

  private static FilterCompat.Filter filter(MessageType schema, ScanRequest request) {
    List<FilterPredicate> parts = new ArrayList<>();
    ScanRequest.TimeRange range = request.eventTime();
    if (range.fromMillis() != Long.MIN_VALUE) {
      parts.add(FilterApi.gtEq(FilterApi.longColumn("eventTime"), range.fromMillis()));
    }
    if (range.toMillis() != Long.MAX_VALUE) {
      parts.add(FilterApi.ltEq(FilterApi.longColumn("eventTime"), range.toMillis()));
    }
    for (ScanRequest.ValueFilter valueFilter : request.valueFilters()) {
      String column = String.join(".", ColumnPaths.resolveStringLeaf(schema, valueFilter.column()));
      if (valueFilter.anyValue()) {
        parts.add(FilterApi.notEq(FilterApi.binaryColumn(column), (Binary) null));
      } else if (!valueFilter.values().isEmpty()) {
        parts.add(valueIn(column, valueFilter.values()));
      }
    }
    if (parts.isEmpty()) {
      return FilterCompat.NOOP;
    }
    FilterPredicate predicate = parts.get(0);
    for (int part = 1; part < parts.size(); part++) {
      predicate = FilterApi.and(predicate, parts.get(part));
    }
    return FilterCompat.get(predicate);
  }

  private static FilterCompat.Filter recordFilter(MessageType schema, ScanRequest request) {
    if (request.eventTime().equals(ScanRequest.TimeRange.ALL) && request.valueFilters().isEmpty()) {
      return FilterCompat.NOOP;
    }
    List<List<String>> paths = request.valueFilters().stream()
        .map(valueFilter -> ColumnPaths.resolveStringLeaf(schema, valueFilter.column())).toList();
    List<List<String>> values = request.valueFilters().stream().map(ScanRequest.ValueFilter::values).toList();
    return FilterCompat.get(new RecordSkipFilter(request.eventTime(), paths, values));
  }

  private static FilterPredicate valueIn(String column, List<String> values) {
    Set<Binary> binaries = new LinkedHashSet<>();
    values.forEach(value -> binaries.add(Binary.fromString(value)));
    if (binaries.size() == 1) {
      return FilterApi.eq(FilterApi.binaryColumn(column), binaries.iterator().next());
    }
    return FilterApi.in(FilterApi.binaryColumn(column), binaries);
  }

  /**
   * New options for opening files; with {@code pruneRowGroups} the reader drops row groups the filter excludes.
   * Each worker needs its own: the options carry a codec factory that every reader releases when it closes.
   */
  ParquetReadOptions newReadOptions(boolean pruneRowGroups) {
    return ParquetReadOptions.builder(new PlainParquetConfiguration())
        .withRecordFilter(filter)
        .useStatsFilter(pruneRowGroups)
        .useDictionaryFilter(pruneRowGroups)
        .useBloomFilter(pruneRowGroups)
        .useColumnIndexFilter(true)
        .useRecordFilter(true)
        .build();
  }
}
