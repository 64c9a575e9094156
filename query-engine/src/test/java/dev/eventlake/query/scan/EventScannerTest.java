package dev.eventlake.query.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.storage.FileEntry;
import dev.eventlake.store.storage.StoreFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Projection, exact time and value filtering, and pruning counts over a generated three-day store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventScannerTest {
  private static final int ROW_GROUP_EVENTS = 2_000;
  private static final List<String> COLUMNS = List.of("eventJson", "eventName", "eventTime", "userIdentity.arn",
      "userIdentity.sessionContext.sessionIssuer.userName", "userIdentity.sessionContext.sessionIssuer",
      "userIdentity", "requestParameters", "responseElements", "resources", "readOnly", "tlsDetails",
      "userIdentity.sessionContext.attributes.creationDate");
  @TempDir static Path directory;
  private ExecutorService executor;
  private StoreFiles store;
  private EventScanner scanner;
  private long total;

  @BeforeAll
  void createStore() throws Exception {
    store = GeneratedStore.create(directory, 30_000, 3, ROW_GROUP_EVENTS, 5_000);
    executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    scanner = new EventScanner(GeneratedStore.source(store), executor);
    total = store.eventCount();
  }

  @AfterAll
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void projectedValuesEqualTheSourceEvents() {
    ScanStatistics statistics = new ScanStatistics();
    List<Object[]> rows = ScanRows.all(scanner, ScanRequest.of(COLUMNS), statistics);
    assertThat(rows).hasSize((int) total);
    for (Object[] row : rows) {
      Object[] expected = EventRows.toRow(GeneratedStore.event((String) row[0]));
      for (int column = 0; column < COLUMNS.size(); column++) {
        assertThat(RowValues.comparable(row[column])).as(COLUMNS.get(column))
            .isEqualTo(RowValues.comparable(RowValues.at(expected, COLUMNS.get(column))));
      }
    }
    assertThat(rows).anySatisfy(row -> assertThat(row[7]).isNotNull());
    assertThat(rows).anySatisfy(row -> assertThat(row[9]).isNotNull());
    assertThat(statistics.eventsMatched()).isEqualTo(total);
    assertThat(statistics.eventsScanned()).isEqualTo(total);
  }

  @Test
  void flatColumnsReadColumnByColumnEqualTheSourceEvents() {
    List<String> flat = List.of("eventJson", "errorCode", "readOnly", "eventTime", "sourceIPAddress", "eventName");
    List<Object[]> rows = ScanRows.all(scanner, ScanRequest.of(flat), new ScanStatistics());
    assertThat(FlatRowReader.supports(RowLayout.of(dev.eventlake.store.storage.EventSchema.SCHEMA,
        ScanRequest.of(flat), true).readSchema())).isTrue();
    assertThat(rows).hasSize((int) total).anySatisfy(row -> assertThat(row[1]).isNotNull())
        .anySatisfy(row -> assertThat(row[1]).isNull());
    for (Object[] row : rows) {
      Object[] expected = EventRows.toRow(GeneratedStore.event((String) row[0]));
      for (int column = 0; column < flat.size(); column++) {
        assertThat(row[column]).as(flat.get(column)).isEqualTo(RowValues.at(expected, flat.get(column)));
      }
    }
  }

  @Test
  void structSubFieldsReadColumnByColumnEqualTheSourceEvents() {
    List<String> nested = List.of("eventJson", "userIdentity.arn", "tlsDetails",
        "userIdentity.sessionContext.sessionIssuer", "userIdentity.sessionContext.attributes.creationDate",
        "userIdentity.accessKeyId", "eventName");
    assertThat(FlatRowReader.supports(RowLayout.of(dev.eventlake.store.storage.EventSchema.SCHEMA,
        ScanRequest.of(nested), true).readSchema())).isTrue();
    List<Object[]> rows = ScanRows.all(scanner, ScanRequest.of(nested), new ScanStatistics());
    assertThat(rows).hasSize((int) total).anySatisfy(row -> assertThat(row[2]).isNull())
        .anySatisfy(row -> assertThat(row[2]).isNotNull()).anySatisfy(row -> assertThat(row[3]).isNull());
    assertNestedValuesEqualTheSource(nested, rows);
    String key = (String) rows.stream().filter(row -> row[5] != null).findFirst().orElseThrow()[5];
    ScanRequest.TimeRange lastTwoDays = new ScanRequest.TimeRange(GeneratedStore.dayStart(1), Long.MAX_VALUE);
    List<Object[]> filtered = ScanRows.all(scanner, ScanRows.request(nested, lastTwoDays,
        List.of(new ScanRequest.ValueFilter("userIdentity.accessKeyId", List.of(key)))), new ScanStatistics());
    long expected = rows.stream().filter(row -> key.equals(row[5])
        && lastTwoDays.contains(GeneratedStore.event((String) row[0]).eventTime().toEpochMilli())).count();
    assertThat(filtered).hasSize((int) expected).allSatisfy(row -> assertThat(row[5]).isEqualTo(key));
    assertNestedValuesEqualTheSource(nested, filtered);
  }

  private static void assertNestedValuesEqualTheSource(List<String> columns, List<Object[]> rows) {
    for (Object[] row : rows) {
      Object[] expected = EventRows.toRow(GeneratedStore.event((String) row[0]));
      for (int column = 0; column < columns.size(); column++) {
        assertThat(RowValues.comparable(row[column])).as(columns.get(column))
            .isEqualTo(RowValues.comparable(RowValues.at(expected, columns.get(column))));
      }
    }
  }

  @Test
  void aNestedLeafReadsOnlyItsOwnColumnChunk() {
    ScanStatistics leaf = new ScanStatistics();
    ScanStatistics group = new ScanStatistics();
    ScanRows.all(scanner, ScanRequest.of(List.of("userIdentity.arn")), leaf);
    ScanRows.all(scanner, ScanRequest.of(List.of("userIdentity")), group);
    assertThat(leaf.bytesScanned()).isPositive().isLessThan(group.bytesScanned() / 3);
  }

  @Test
  void timeRangeIsInclusiveAtBothEnds() {
    List<Long> times = new ArrayList<>();
    ScanRows.all(scanner, ScanRequest.of(List.of("eventTime")), new ScanStatistics())
        .forEach(row -> times.add((Long) row[0]));
    times.sort(Comparator.naturalOrder());
    long from = times.get(times.size() / 3);
    long to = times.get(times.size() / 2);
    long expected = times.stream().filter(time -> time >= from && time <= to).count();
    ScanRequest request = ScanRows.request(List.of("eventTime"), new ScanRequest.TimeRange(from, to), List.of());
    List<Object[]> rows = ScanRows.all(scanner, request, new ScanStatistics());
    assertThat(rows).hasSize((int) expected).extracting(row -> (Long) row[0]).contains(from, to)
        .allSatisfy(time -> assertThat(time).isBetween(from, to));
    assertThat(scanner.count(request, new ScanStatistics(), new java.util.concurrent.atomic.AtomicBoolean()))
        .isEqualTo(expected);
  }

  @Test
  void oneDayReadsOnlyThatDaysFiles() {
    ScanStatistics statistics = new ScanStatistics();
    ScanRequest.TimeRange day = new ScanRequest.TimeRange(GeneratedStore.dayStart(1),
        GeneratedStore.dayStart(0) - 1);
    List<Object[]> rows = ScanRows.all(scanner, ScanRows.request(List.of("eventTime"), day, List.of()), statistics);
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(day.contains((Long) row[0])).isTrue());
    assertThat(statistics.filesSkipped()).isPositive();
    assertThat(statistics.filesRead()).isLessThan(store.liveFiles().size());
    assertThat(statistics.eventsScanned()).isLessThan(total / 2);
  }

  @Test
  void aTimeRangeHoldingWholeFilesCostsNothingButARangeCuttingThemReadsEventTime() {
    ScanStatistics unbounded = new ScanStatistics();
    ScanStatistics holding = new ScanStatistics();
    ScanStatistics cutting = new ScanStatistics();
    List<String> columns = List.of("eventName");
    int all = ScanRows.all(scanner, ScanRequest.of(columns), unbounded).size();
    ScanRequest.TimeRange everyDay = new ScanRequest.TimeRange(GeneratedStore.dayStart(2), Long.MAX_VALUE);
    assertThat(ScanRows.all(scanner, ScanRows.request(columns, everyDay, List.of()), holding)).hasSize(all);
    assertThat(holding.bytesScanned()).isEqualTo(unbounded.bytesScanned());
    assertThat(holding.eventsScanned()).isEqualTo(unbounded.eventsScanned());
    FileEntry earliest = store.liveFiles().stream().min(Comparator.comparing(FileEntry::minEventTime)).orElseThrow();
    ScanRequest.TimeRange fromItsMiddle = new ScanRequest.TimeRange((earliest.minEventTime().toEpochMilli()
        + earliest.maxEventTime().toEpochMilli()) / 2, Long.MAX_VALUE);
    assertThat(ScanRows.all(scanner, ScanRows.request(columns, fromItsMiddle, List.of()), cutting))
        .hasSizeLessThan(all);
    assertThat((double) cutting.bytesScanned() / cutting.eventsScanned())
        .isGreaterThan((double) unbounded.bytesScanned() / unbounded.eventsScanned());
  }

  @Test
  void inFiltersAreExact() {
    Map<String, Long> byName = new HashMap<>();
    ScanRows.all(scanner, ScanRequest.of(List.of("eventName")), new ScanStatistics())
        .forEach(row -> byName.merge((String) row[0], 1L, Long::sum));
    List<String> names = byName.keySet().stream().sorted().limit(2).toList();
    ScanRequest request = ScanRows.request(List.of("eventName", "eventSource"), ScanRequest.TimeRange.ALL,
        List.of(new ScanRequest.ValueFilter("eventName", List.of(names.get(0), names.get(1), "NoSuchEvent"))));
    List<Object[]> rows = ScanRows.all(scanner, request, new ScanStatistics());
    assertThat(rows).hasSize((int) (byName.get(names.get(0)) + byName.get(names.get(1))))
        .allSatisfy(row -> assertThat(names).contains((String) row[0]));
    ScanRequest none = ScanRows.request(List.of("eventName"), ScanRequest.TimeRange.ALL,
        List.of(new ScanRequest.ValueFilter("eventName", List.of(names.get(0).toLowerCase() + "x"))));
    ScanStatistics statistics = new ScanStatistics();
    assertThat(ScanRows.all(scanner, none, statistics)).isEmpty();
    assertThat(statistics.rowGroupsRead()).isZero();
  }

  @Test
  void aNeedleAccessKeySkipsMostRowGroups() {
    Map<String, Long> byKey = new HashMap<>();
    ScanRows.all(scanner, ScanRequest.of(List.of("userIdentity.accessKeyId")), new ScanStatistics())
        .forEach(row -> {
          if (row[0] != null) {
            byKey.merge((String) row[0], 1L, Long::sum);
          }
        });
    String needle = byKey.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    ScanStatistics statistics = new ScanStatistics();
    ScanRequest request = ScanRows.request(List.of("eventID", "userIdentity.accessKeyId"), ScanRequest.TimeRange.ALL,
        List.of(new ScanRequest.ValueFilter("userIdentity.accessKeyId", List.of(needle))));
    List<Object[]> rows = ScanRows.all(scanner, request, statistics);
    assertThat(rows).hasSize(byKey.get(needle).intValue()).allSatisfy(row -> assertThat(row[1]).isEqualTo(needle));
    assertThat(statistics.rowGroupsSkipped()).isGreaterThan(statistics.rowGroupsRead() * 3);
    ScanStatistics missing = new ScanStatistics();
    ScanRows.all(scanner, ScanRows.request(List.of("eventID"), ScanRequest.TimeRange.ALL,
        List.of(new ScanRequest.ValueFilter("eventID", List.of("00000000-0000-0000-0000-000000000000")))), missing);
    assertThat(missing.rowGroupsRead()).isZero();
    assertThat(missing.eventsScanned()).isZero();
  }

  @Test
  void countIsAnsweredFromMetadataWhenPossible() {
    java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
    ScanStatistics all = new ScanStatistics();
    assertThat(scanner.count(ScanRequest.of(List.of()), all, cancel)).isEqualTo(total);
    assertThat(all.eventsScanned()).isZero();
    assertThat(all.filesRead()).isZero();
    assertThat(all.eventsCountedFromMetadata()).isEqualTo(total);
    ScanRequest.TimeRange halfDay = new ScanRequest.TimeRange(GeneratedStore.dayStart(1),
        GeneratedStore.dayStart(1) + 12 * 3_600_000L);
    ScanRequest request = ScanRows.request(List.of(), halfDay, List.of());
    ScanStatistics counted = new ScanStatistics();
    long count = scanner.count(request, counted, cancel);
    assertThat(count).isEqualTo(ScanRows.all(scanner, request, new ScanStatistics()).size()).isPositive();
    assertThat(counted.eventsScanned()).isLessThanOrEqualTo(2L * ROW_GROUP_EVENTS * counted.filesRead());
    assertThat(counted.eventsCountedFromMetadata()).isPositive();
  }

  @Test
  void concurrentScansOverManyFilesAllSeeEveryRow() throws Exception {
    assertThat(store.liveFiles().size()).isGreaterThan(5);
    List<java.util.concurrent.Callable<Integer>> scans = new ArrayList<>();
    for (int scan = 0; scan < 8; scan++) {
      scans.add(() -> ScanRows.all(scanner, ScanRequest.of(List.of("eventName", "userIdentity.arn")),
          new ScanStatistics()).size());
    }
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      for (java.util.concurrent.Future<Integer> result : callers.invokeAll(scans)) {
        assertThat(result.get()).isEqualTo((int) total);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void emptyColumnsGiveEmptyRowsAndLimitStopsEarly() {
    List<Object[]> rows = ScanRows.all(scanner, ScanRequest.of(List.of()), new ScanStatistics());
    assertThat(rows).hasSize((int) total).allSatisfy(row -> assertThat(row).isEmpty());
    ScanStatistics statistics = new ScanStatistics();
    ScanRequest limited = new ScanRequest(List.of("eventID"), ScanRequest.TimeRange.ALL, List.of(), 10);
    assertThat(ScanRows.all(scanner, limited, statistics)).hasSize(10);
    assertThat(statistics.eventsMatched()).isEqualTo(10);
    assertThat(statistics.eventsScanned()).isLessThan(total / 2);
  }
}
