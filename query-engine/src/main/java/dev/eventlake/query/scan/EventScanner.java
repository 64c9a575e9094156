package dev.eventlake.query.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/** Placeholder until the Parquet scanner lands: scans only write-ahead-log events. */
public final class EventScanner {
  private final ScanSource source;

  public EventScanner(ScanSource source, ExecutorService executor) {
    this.source = source;
  }

  public ScanCursor scan(ScanRequest request, ScanStatistics statistics, AtomicBoolean cancelFlag) {
    List<Object[]> rows = new ArrayList<>();
    for (var event : source.unflushedEvents()) {
      Object[] row = EventRows.toRow(event);
      statistics.addEventsScanned(1);
      if (matches(row, request) && (request.limit() < 0 || rows.size() < request.limit())) {
        Object[] out = new Object[request.columns().size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = value(row, request.columns().get(i));
        }
        rows.add(out);
      }
    }
    statistics.addEventsMatched(rows.size());
    var iterator = rows.iterator();
    return new ScanCursor() {
      Object[] current;

      public boolean next() {
        if (!iterator.hasNext()) {
          return false;
        }
        current = iterator.next();
        return true;
      }

      public Object[] current() {
        return current;
      }

      public void close() {}
    };
  }

  public long count(ScanRequest request, ScanStatistics statistics, AtomicBoolean cancelFlag) {
    long count = 0;
    try (ScanCursor cursor = scan(new ScanRequest(List.of(), request.eventTime(), request.valueFilters(), -1),
        statistics, cancelFlag)) {
      while (cursor.next()) {
        count++;
      }
    }
    return count;
  }

  private static boolean matches(Object[] row, ScanRequest request) {
    if (!request.eventTime().contains((Long) value(row, "eventTime"))) {
      return false;
    }
    for (ScanRequest.ValueFilter filter : request.valueFilters()) {
      if (!filter.values().contains(value(row, filter.column()))) {
        return false;
      }
    }
    return true;
  }

  private static Object value(Object[] row, String path) {
    var type = (org.apache.parquet.schema.GroupType) dev.eventlake.store.storage.EventSchema.SCHEMA;
    Object value = row;
    for (String segment : path.split("\\.")) {
      if (value == null) {
        return null;
      }
      int index = type.getFieldIndex(segment);
      value = ((Object[]) value)[index];
      if (!type.getType(index).isPrimitive()) {
        type = type.getType(index).asGroupType();
      }
    }
    return value;
  }
}
