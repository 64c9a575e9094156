package dev.eventlake.query.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Test helper: runs a scan to the end and keeps its rows. */
final class ScanRows {
  private ScanRows() {}

  static List<Object[]> all(EventScanner scanner, ScanRequest request, ScanStatistics statistics) {
    List<Object[]> rows = new ArrayList<>();
    try (ScanCursor cursor = scanner.scan(request, statistics, new AtomicBoolean())) {
      while (cursor.next()) {
        rows.add(cursor.current());
      }
    }
    return rows;
  }

  static ScanRequest request(List<String> columns, ScanRequest.TimeRange range,
      List<ScanRequest.ValueFilter> filters) {
    return new ScanRequest(columns, range, filters, -1);
  }
}
