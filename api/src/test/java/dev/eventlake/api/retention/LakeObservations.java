package dev.eventlake.api.retention;

import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.scan.EventScanner;
import dev.eventlake.query.scan.FooterCache;
import dev.eventlake.query.scan.ScanCursor;
import dev.eventlake.query.scan.ScanRequest;
import dev.eventlake.query.scan.ScanSource;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.store.storage.StoreFiles;
import dev.eventlake.store.storage.StoreSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the retention property test observes: events on disk (unfiltered) and what queries return. */
final class LakeObservations {
  private LakeObservations() {}

  /** Every store's events as one UNION ALL query returns them, by store ID. */
  static Map<String, Map<String, Instant>> queryAll(LakeEngine engine, List<StoreModel> stores) {
    Map<String, Map<String, Instant>> byStore = new HashMap<>();
    String sql = stores.stream().map(store -> "SELECT '" + store.storeId + "' AS store, eventID, eventTime FROM \""
        + store.storeId + "\"").collect(Collectors.joining(" UNION ALL "));
    stores.forEach(store -> byStore.put(store.storeId, new HashMap<>()));
    for (Object[] row : rows(engine, sql)) {
      byStore.get((String) row[0]).put((String) row[1], (Instant) row[2]);
    }
    return byStore;
  }

  /** Every store's COUNT(*), by store ID, from one query. */
  static Map<String, Long> countAll(LakeEngine engine, List<StoreModel> stores) {
    Map<String, Long> counts = new HashMap<>();
    String sql = stores.stream().map(store -> "SELECT '" + store.storeId + "' AS store, COUNT(*) AS n FROM \""
        + store.storeId + "\"").collect(Collectors.joining(" UNION ALL "));
    for (Object[] row : rows(engine, sql)) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** The events of a store's live files and write-ahead log, read straight from disk, past retention or not. */
  static Map<String, Instant> eventsOnDisk(StoreFiles files, ExecutorService executor) {
    StoreSnapshot snapshot = files.snapshot();
    ScanSource source = new ScanSource(files.directory(), snapshot.files(), snapshot.unflushedEvents());
    Map<String, Instant> events = new HashMap<>();
    EventScanner scanner = new EventScanner(source, executor, FooterCache.none(), 2);
    try (ScanCursor cursor = scanner.scan(ScanRequest.of(List.of("eventID", "eventTime")), new ScanStatistics(),
        new AtomicBoolean())) {
      while (cursor.next()) {
        events.put((String) cursor.current()[0], Instant.ofEpochMilli((Long) cursor.current()[1]));
      }
    }
    return events;
  }

  /** The data files on disk, relative to the store folder. */
  static List<String> parquetFilesOnDisk(StoreFiles files) throws IOException {
    try (Stream<Path> paths = Files.walk(files.directory())) {
      return paths.filter(path -> path.toString().endsWith(".parquet"))
          .map(path -> files.directory().relativize(path).toString())
          .collect(Collectors.toList());
    }
  }

  private static List<Object[]> rows(LakeEngine engine, String sql) {
    List<Object[]> rows = new ArrayList<>();
    try (StatementExecution execution = engine.start(sql, new ScanStatistics())) {
      while (execution.next()) {
        rows.add(execution.row().clone());
      }
    }
    return rows;
  }
}
