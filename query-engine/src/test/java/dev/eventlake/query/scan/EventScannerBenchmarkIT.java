package dev.eventlake.query.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.generate.EventGenerator;
import dev.eventlake.store.generate.GeneratorConfig;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.LogImporter;
import dev.eventlake.store.storage.StorageConfig;
import dev.eventlake.store.storage.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a timed assertion: runs only with {@code -Deventlake.benchmark=true}. Generates a million events
 * over ten days into {@code /tmp/eventlake-scan-benchmark} once, then times warm scans against DuckDB.
 */
class EventScannerBenchmarkIT {
  private static final Path ROOT = Path.of(System.getProperty("eventlake.benchmark.dir",
      "/tmp/eventlake-scan-benchmark"));
  private static final int RUNS = 7;

  @Test
  void scanTimesAgainstDuckDb() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("eventlake.benchmark"), "benchmark disabled");
    StoreFiles store = store();
    ExecutorService executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      EventScanner scanner = new EventScanner(GeneratedStore.source(store), executor);
      String table = "read_parquet('" + store.directory() + "/*/*.parquet', hive_partitioning = true)";
      long day = GeneratedStore.dayStart(3);
      ScanRequest.TimeRange oneDay = new ScanRequest.TimeRange(day, day + 86_399_999L);
      String needle = rareAccessKey(scanner);
      ScanRequest needleRequest = ScanRows.request(List.of("eventID", "userIdentity.accessKeyId"),
          ScanRequest.TimeRange.ALL, List.of(new ScanRequest.ValueFilter("userIdentity.accessKeyId", List.of(needle))));
      report("scan eventName, all rows", () -> drain(scanner, ScanRequest.of(List.of("eventName"))),
          () -> duckRows(duck, "SELECT eventName FROM " + table));
      report("count(*) all", () -> scanner.count(ScanRequest.of(List.of()), new ScanStatistics(), new AtomicBoolean()),
          () -> duckLong(duck, "SELECT count(*) FROM " + table));
      report("scan eventName, one day", () -> drain(scanner, ScanRows.request(List.of("eventName"), oneDay, List.of())),
          () -> duckRows(duck, "SELECT eventName FROM " + table + " WHERE eventTime BETWEEN epoch_ms(" + day
              + ") AND epoch_ms(" + (day + 86_399_999L) + ")"));
      report("needle accessKeyId", () -> drain(scanner, needleRequest),
          () -> duckRows(duck, "SELECT eventID, userIdentity.accessKeyId FROM " + table
              + " WHERE userIdentity.accessKeyId = '" + needle + "'"));
      if (Boolean.parseBoolean(System.getProperty("eventlake.benchmark.wide", "true"))) {
        reportWide(scanner, duck, table);
      }
      String eventId = someEventId(scanner);
      report("needle eventID", () -> drain(scanner, ScanRows.request(List.of("eventID", "eventName"),
          ScanRequest.TimeRange.ALL, List.of(new ScanRequest.ValueFilter("eventID", List.of(eventId))))),
          () -> duckRows(duck, "SELECT eventID, eventName FROM " + table + " WHERE eventID = '" + eventId + "'"));
      ScanStatistics statistics = new ScanStatistics();
      drainWith(scanner, needleRequest, statistics);
      System.out.println("needle statistics: " + statistics);
      ScanStatistics daily = new ScanStatistics();
      drainWith(scanner, ScanRows.request(List.of("eventName"), oneDay, List.of()), daily);
      System.out.println("one-day statistics: " + daily);
    } finally {
      executor.shutdownNow();
    }
  }

  private static void reportWide(EventScanner scanner, Connection duck, String table) {
    report("scan 6 columns incl. userIdentity, all rows", () -> drain(scanner, ScanRequest.of(List.of("eventTime",
        "eventName", "eventSource", "awsRegion", "sourceIPAddress", "userIdentity"))),
        () -> duckRows(duck, "SELECT eventTime, eventName, eventSource, awsRegion, sourceIPAddress, userIdentity"
            + " FROM " + table));
  }

  private static String someEventId(EventScanner scanner) {
    return ScanRows.all(scanner, new ScanRequest(List.of("eventID"), ScanRequest.TimeRange.ALL, List.of(), 1000),
        new ScanStatistics()).get(999)[0].toString();
  }

  private static StoreFiles store() throws Exception {
    Path logs = ROOT.resolve("logs");
    if (!Files.isDirectory(ROOT.resolve("store"))) {
      new EventGenerator(new GeneratorConfig(logs, 1_000_000, 10, 7, GeneratedStore.LAST_DAY)).generate();
      StoreFiles store = StoreFiles.open(ROOT.resolve("store.partial"), StorageConfig.defaults(), Clock.systemUTC());
      new LogImporter(store, event -> true, 250_000, Clock.systemUTC())
          .importPaths(List.of(logs), ImportRange.ALL, ImportListener.NONE);
      Files.move(ROOT.resolve("store.partial"), ROOT.resolve("store"));
    }
    StoreFiles store = StoreFiles.open(ROOT.resolve("store"), StorageConfig.defaults(), Clock.systemUTC());
    System.out.printf("store: %d events in %d files%n", store.eventCount(), store.liveFiles().size());
    return store;
  }

  static String rareAccessKey(EventScanner scanner) {
    Map<String, Long> byKey = new HashMap<>();
    try (ScanCursor cursor = scanner.scan(ScanRequest.of(List.of("userIdentity.accessKeyId")), new ScanStatistics(),
        new AtomicBoolean())) {
      while (cursor.next()) {
        if (cursor.current()[0] != null) {
          byKey.merge((String) cursor.current()[0], 1L, Long::sum);
        }
      }
    }
    return byKey.entrySet().stream().filter(entry -> entry.getValue() >= 3).min(Map.Entry.comparingByValue())
        .orElseThrow().getKey();
  }

  private static long drain(EventScanner scanner, ScanRequest request) {
    return drainWith(scanner, request, new ScanStatistics());
  }

  private static long drainWith(EventScanner scanner, ScanRequest request, ScanStatistics statistics) {
    long rows = 0;
    try (ScanCursor cursor = scanner.scan(request, statistics, new AtomicBoolean())) {
      while (cursor.next()) {
        rows += cursor.current().length > 0 ? 1 : 1;
      }
    }
    return rows;
  }

  private static long duckRows(Connection duck, String sql) {
    try (Statement statement = duck.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      long count = 0;
      while (rows.next()) {
        rows.getObject(1);
        count++;
      }
      return count;
    } catch (Exception failure) {
      throw new IllegalStateException(sql, failure);
    }
  }

  private static long duckLong(Connection duck, String sql) {
    try (Statement statement = duck.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (Exception failure) {
      throw new IllegalStateException(sql, failure);
    }
  }

  private static void report(String name, LongSupplier ours, LongSupplier duckDb) {
    long[] oursResult = time(ours);
    long[] duckResult = time(duckDb);
    assertThat(oursResult[0]).as(name).isEqualTo(duckResult[0]);
    System.out.printf("%-45s rows %,9d | eventlake best %6.1f ms median %6.1f ms (%,.0f rows/s) | duckdb best %6.1f"
        + " ms median %6.1f ms%n", name, oursResult[0], oursResult[1] / 1e6, oursResult[2] / 1e6,
        oursResult[0] / (oursResult[2] / 1e9), duckResult[1] / 1e6, duckResult[2] / 1e6);
  }

  /** {rows, best nanos, median nanos} over warm runs (two warm-up runs first). */
  private static long[] time(LongSupplier query) {
    query.getAsLong();
    query.getAsLong();
    long[] nanos = new long[RUNS];
    long rows = 0;
    for (int run = 0; run < RUNS; run++) {
      long started = System.nanoTime();
      rows = query.getAsLong();
      nanos[run] = System.nanoTime() - started;
    }
    java.util.Arrays.sort(nanos);
    return new long[] {rows, nanos[0], nanos[RUNS / 2]};
  }
}
