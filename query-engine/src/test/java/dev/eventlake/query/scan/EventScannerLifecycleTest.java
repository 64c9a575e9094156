package dev.eventlake.query.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.storage.FileEntry;
import dev.eventlake.store.storage.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Write-ahead-log events, failures, cancellation and clean shutdown of scans. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventScannerLifecycleTest {
  @TempDir static Path directory;
  private ThreadPoolExecutor executor;
  private StoreFiles store;

  @BeforeAll
  void createStore() throws Exception {
    store = GeneratedStore.create(directory, 40_000, 2, 4_000);
    executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
  }

  @AfterAll
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void unflushedEventsAreScannedAndFilteredExactly() {
    List<CloudTrailEvent> events = new ArrayList<>();
    EventScanner files = new EventScanner(GeneratedStore.source(store), executor);
    ScanRows.all(files, new ScanRequest(List.of("eventJson"), ScanRequest.TimeRange.ALL, List.of(), 50),
        new ScanStatistics()).forEach(row -> events.add(GeneratedStore.event((String) row[0])));
    ScanSource source = new ScanSource(store.directory(), store.liveFiles(), events);
    EventScanner scanner = new EventScanner(source, executor);
    CloudTrailEvent needle = events.get(7);
    ScanRequest request = ScanRows.request(List.of("eventID", "userIdentity", "eventTime"),
        new ScanRequest.TimeRange(needle.eventTime().toEpochMilli(), needle.eventTime().toEpochMilli()),
        List.of(new ScanRequest.ValueFilter("eventID", List.of(needle.eventID()))));
    ScanStatistics statistics = new ScanStatistics();
    List<Object[]> rows = ScanRows.all(scanner, request, statistics);
    Object[] expected = EventRows.toRow(needle);
    assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(RowValues.comparable(row)).isEqualTo(
        RowValues.comparable(new Object[] {needle.eventID(), RowValues.at(expected, "userIdentity"),
            needle.eventTime().toEpochMilli()})));
    assertThat(statistics.eventsScanned()).isGreaterThanOrEqualTo(events.size());
    assertThat(scanner.count(ScanRequest.of(List.of()), new ScanStatistics(), new AtomicBoolean()))
        .isEqualTo(store.eventCount() + events.size());
  }

  @Test
  void aVanishedFileFailsWithItsPath() {
    FileEntry live = store.liveFiles().get(0);
    FileEntry gone = new FileEntry("event_date=2026-03-30/part-gone.parquet", live.sha256(), live.events(),
        live.bytes(), live.minEventTime(), live.maxEventTime());
    EventScanner scanner = new EventScanner(new ScanSource(store.directory(), List.of(gone), List.of()), executor);
    try (ScanCursor cursor = scanner.scan(ScanRequest.of(List.of("eventName")), new ScanStatistics(),
        new AtomicBoolean())) {
      assertThatThrownBy(cursor::next).isInstanceOf(LakeException.class).hasMessageContaining("part-gone.parquet")
          .hasMessageContaining("removed while the query ran");
    }
  }

  @Test
  void aCorruptFileFailsWithItsPath() throws Exception {
    FileEntry live = store.liveFiles().get(0);
    Files.writeString(store.directory().resolve("corrupt.parquet"), "not parquet at all");
    FileEntry corrupt = new FileEntry("corrupt.parquet", live.sha256(), live.events(), live.bytes(),
        live.minEventTime(), live.maxEventTime());
    List<FileEntry> files = new ArrayList<>(store.liveFiles());
    files.add(corrupt);
    EventScanner scanner = new EventScanner(new ScanSource(store.directory(), files, List.of()), executor);
    assertThatThrownBy(() -> ScanRows.all(scanner, ScanRequest.of(List.of("eventName")), new ScanStatistics()))
        .isInstanceOf(RuntimeException.class).hasMessageContaining("corrupt.parquet");
    awaitIdle();
  }

  @Test
  void cancellingFromAnotherThreadStopsABigScanPromptly() throws Exception {
    EventScanner scanner = new EventScanner(GeneratedStore.source(store), executor);
    AtomicBoolean cancel = new AtomicBoolean();
    try (ScanCursor cursor = scanner.scan(ScanRequest.of(List.of("eventJson", "userIdentity", "resources")),
        new ScanStatistics(), cancel)) {
      assertThat(cursor.next()).isTrue();
      Thread canceller = new Thread(() -> cancel.set(true));
      canceller.start();
      canceller.join();
      long started = System.nanoTime();
      assertThatThrownBy(() -> {
        while (cursor.next()) {
          Thread.onSpinWait();
        }
      }).isInstanceOf(CancellationException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }
    awaitIdle();
  }

  @Test
  void closingEarlyLeavesNoWorkRunningAndNoThreads() throws Exception {
    int threadsBefore = Thread.activeCount();
    EventScanner scanner = new EventScanner(GeneratedStore.source(store), executor);
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ScanCursor cursor = scanner.scan(ScanRequest.of(List.of("eventJson")), new ScanStatistics(),
          new AtomicBoolean())) {
        assertThat(cursor.next()).isTrue();
      }
      awaitIdle();
    }
    awaitIdle();
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(Math.max(threadsBefore, executor.getMaximumPoolSize() + 2));
  }

  @Test
  void countCanBeCancelled() {
    EventScanner scanner = new EventScanner(GeneratedStore.source(store), executor);
    AtomicBoolean cancel = new AtomicBoolean(true);
    ScanRequest request = ScanRows.request(List.of(), ScanRequest.TimeRange.ALL,
        List.of(new ScanRequest.ValueFilter("eventName", List.of("GetObject"))));
    assertThatThrownBy(() -> scanner.count(request, new ScanStatistics(), cancel))
        .isInstanceOf(CancellationException.class);
  }

  private void awaitIdle() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (executor.getActiveCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(executor.getActiveCount()).isZero();
  }
}
