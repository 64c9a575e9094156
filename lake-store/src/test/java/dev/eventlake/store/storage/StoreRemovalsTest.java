package dev.eventlake.store.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removal in two durable steps (manifest, then files), its recovery, and how the verifier tells it from tampering. */
class StoreRemovalsTest {
  private static final StorageConfig CONFIG = StorageConfig.defaults().withBatches(1_000, 1_000);
  @TempDir Path directory;
  private final EventMapper mapper = new EventMapper(new EventJson());

  @Test
  void aRecordedRemovalLeavesAnIntactStoreThatCountsIt() throws Exception {
    StoreFiles store = open();
    store.commit(events(30), List.of("a"));
    FileEntry firstDay = firstDay(store);
    StoreRemovals removals = new StoreRemovals(store);

    assertThat(removals.record(List.of(firstDay), files -> "retention: test")).containsExactly(firstDay);

    assertThat(store.liveFiles()).hasSize(2).doesNotContain(firstDay);
    assertThat(removals.leftovers()).containsExactly(firstDay);
    ManifestEntry entry = store.manifest().entries().get(1);
    assertThat(entry.action()).isEqualTo(ManifestEntry.Action.REMOVE);
    assertThat(entry.removed()).containsExactly(firstDay);
    assertThat(entry.reason()).isEqualTo("retention: test");
    assertThat(removals.delete(firstDay)).isTrue();
    assertThat(directory.resolve("event_date=2024-03-01")).doesNotExist();
    assertThat(removals.leftovers()).isEmpty();
    StoreVerifier.Report report = StoreVerifier.verify(reopen());
    assertThat(report.intact()).isTrue();
    assertThat(report.files()).isEqualTo(2);
    assertThat(report.filesRemovedByRetention()).isEqualTo(1);
    assertThat(report.eventsRemovedByRetention()).isEqualTo(10);
  }

  @Test
  void aFileDeletedWithoutARecordIsStillReportedMissing() throws Exception {
    StoreFiles store = open();
    store.commit(events(30), List.of("a"));
    FileEntry firstDay = firstDay(store);

    Files.delete(directory.resolve(firstDay.path()));

    StoreVerifier.Report report = StoreVerifier.verify(store);
    assertThat(report.problems()).singleElement().asString().contains(firstDay.path()).contains("missing");
    assertThat(report.filesRemovedByRetention()).isZero();
  }

  @Test
  void filesNoLongerLiveAreNotRecordedTwice() throws Exception {
    StoreFiles store = open();
    store.commit(events(30), List.of("a"));
    FileEntry firstDay = firstDay(store);
    StoreRemovals removals = new StoreRemovals(store);
    removals.record(List.of(firstDay), files -> "retention: first");

    assertThat(removals.record(List.of(firstDay), files -> "retention: again")).isEmpty();

    assertThat(store.manifest().entries()).hasSize(2);
  }

  @Test
  void aLiveFileIsNeverDeleted() throws Exception {
    StoreFiles store = open();
    store.commit(events(30), List.of("a"));
    FileEntry firstDay = firstDay(store);

    assertThatThrownBy(() -> new StoreRemovals(store).delete(firstDay))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("still live");
    assertThat(directory.resolve(firstDay.path())).exists();
  }

  @Test
  void aRemovalCutShortBeforeTheDeletionIsFinishedWhenTheStoreIsOpened() throws Exception {
    StoreFiles store = open();
    store.commit(events(30), List.of("a"));
    FileEntry firstDay = firstDay(store);
    new StoreRemovals(store).record(List.of(firstDay), files -> "retention: test");

    StoreFiles reopened = reopen();

    assertThat(directory.resolve(firstDay.path())).doesNotExist();
    assertThat(new StoreRemovals(reopened).leftovers()).isEmpty();
    assertThat(reopened.eventCount()).isEqualTo(20);
    assertThat(StoreVerifier.verify(reopened).intact()).isTrue();
  }

  private static FileEntry firstDay(StoreFiles store) {
    return store.liveFiles().stream().min(Comparator.comparing(FileEntry::minEventTime)).orElseThrow();
  }

  private StoreFiles open() throws IOException {
    return StoreFiles.open(directory, CONFIG, Clock.systemUTC());
  }

  private StoreFiles reopen() throws IOException {
    return open();
  }

  /** {@code count} events spread over 2024-03-01, 02 and 03. */
  private List<CloudTrailEvent> events(int count) throws Exception {
    List<CloudTrailEvent> events = new ArrayList<>();
    for (int sequence = 0; sequence < count; sequence++) {
      events.add(mapper.map(String.format("{\"eventTime\":\"2024-03-0%dT10:%02d:00Z\",\"eventID\":\"e-%04d\"}",
          sequence % 3 + 1, sequence % 60, sequence)));
    }
    return events;
  }
}
