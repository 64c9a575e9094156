package dev.eventlake.query.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.storage.FileEntry;
import dev.eventlake.store.storage.StoreFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Footers kept across scans: same answers, one entry per file, bounded, never stale for new content. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FooterCacheTest {
  private static final List<String> COLUMNS = List.of("eventID", "eventName", "userIdentity.arn", "eventTime");
  @TempDir static Path directory;
  private ExecutorService executor;
  private StoreFiles store;

  @BeforeAll
  void createStore() throws Exception {
    store = GeneratedStore.create(directory, 8_000, 2, 1_000, 2_000);
    executor = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void scansWithCachedFootersReturnWhatFreshFootersReturn() {
    FooterCache footers = new FooterCache(100);
    ScanRequest request = ScanRequest.of(COLUMNS);
    List<List<Object>> fresh = rows(new EventScanner(GeneratedStore.source(store), executor), request);
    EventScanner cached = new EventScanner(GeneratedStore.source(store), executor, footers);
    assertThat(rows(cached, request)).containsExactlyInAnyOrderElementsOf(fresh);
    assertThat(footers.size()).isEqualTo(store.liveFiles().size()).isGreaterThan(2);
    assertThat(rows(cached, request)).containsExactlyInAnyOrderElementsOf(fresh);
    assertThat(footers.size()).isEqualTo(store.liveFiles().size());
  }

  @Test
  void keepsAtMostItsCapacityAndNothingWhenDisabled() {
    FooterCache two = new FooterCache(2);
    FooterCache none = FooterCache.none();
    rows(new EventScanner(GeneratedStore.source(store), executor, two), ScanRequest.of(COLUMNS));
    rows(new EventScanner(GeneratedStore.source(store), executor, none), ScanRequest.of(COLUMNS));
    assertThat(two.size()).isEqualTo(2);
    assertThat(none.size()).isZero();
    assertThatThrownBy(() -> new FooterCache(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileWithOtherContentUnderTheSameNameIsReadAgain() throws Exception {
    FooterCache footers = new FooterCache(10);
    FileEntry file = store.liveFiles().get(0);
    Path path = store.directory().resolve(file.path());
    ParquetMetadata first = footers.footer(path, file);
    assertThat(footers.footer(path, file)).isSameAs(first);
    FileEntry rewritten = new FileEntry(file.path(), "0".repeat(64), file.events(), file.bytes(),
        file.minEventTime(), file.maxEventTime());
    assertThat(footers.footer(path, rewritten)).isNotSameAs(first);
    assertThat(footers.size()).isEqualTo(2);
    assertThat(first.getBlocks().stream().mapToLong(block -> block.getRowCount()).sum()).isEqualTo(file.events());
  }

  private static List<List<Object>> rows(EventScanner scanner, ScanRequest request) {
    return ScanRows.all(scanner, request, new ScanStatistics()).stream().map(java.util.Arrays::asList).toList();
  }
}
