package dev.eventlake.retention;

import static dev.eventlake.retention.SweepFixture.NOW;
import static dev.eventlake.retention.SweepFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.UpdateStoreRequest;
import dev.eventlake.store.storage.FileEntry;
import dev.eventlake.store.storage.ManifestEntry;
import dev.eventlake.store.storage.StoreVerifier;
import dev.eventlake.store.testing.TestLakes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removal of files past retention: what goes, what stays, and how the manifest records it. */
class RetentionSweeperTest {
  @TempDir Path dataDirectory;
  private SweepFixture fixture;

  @BeforeEach
  void open() {
    fixture = new SweepFixture(dataDirectory);
  }

  @Test
  void filesWhoseEveryEventIsPastRetentionAreRemovedAndRecorded() throws Exception {
    EventDataStore store = TestLakes.createStore(fixture.lake, "audit", 30);
    Instant boundary = NOW.minus(Duration.ofDays(30));
    fixture.commit(store, daysAgo(40), daysAgo(40.1), daysAgo(31), boundary.minusSeconds(3600),
        boundary.plusSeconds(3600), daysAgo(1), NOW.plus(Duration.ofDays(2)));

    SweepReport report = fixture.sweep();

    StoreSweep swept = report.stores().get(0);
    assertThat(swept.outcome()).isEqualTo(StoreSweep.Outcome.FILES_EXPIRED);
    assertThat(swept.boundary().oldestRetained()).isEqualTo(boundary);
    assertThat(swept.files()).hasSize(2);
    assertThat(swept.events()).isEqualTo(3);
    assertThat(swept.firstEventTime()).isEqualTo(daysAgo(40.1));
    assertThat(swept.lastEventTime()).isEqualTo(daysAgo(31));
    assertThat(fixture.lake.files(store).eventCount()).as("the straddling day, yesterday, the future").isEqualTo(4);
    assertThat(fixture.filesOnDisk(store)).hasSize(3);
    ManifestEntry removal = fixture.lake.files(store).manifest().entries().get(1);
    assertThat(removal.action()).isEqualTo(ManifestEntry.Action.REMOVE);
    assertThat(removal.committedAt()).isEqualTo(NOW);
    assertThat(removal.removed()).containsExactlyInAnyOrderElementsOf(swept.files());
    assertThat(removal.reason()).startsWith("retention: RetentionPeriod 30 days evaluated at " + NOW)
        .contains("keeps events from " + boundary).contains("removed 2 files, 3 events")
        .contains("eventTime " + daysAgo(40.1) + " to " + daysAgo(31));
    StoreVerifier.Report verified = StoreVerifier.verify(fixture.lake.files(store));
    assertThat(verified.intact()).isTrue();
    assertThat(verified.eventsRemovedByRetention()).isEqualTo(3);
  }

  @Test
  void aFileStraddlingTheBoundaryStaysUntilItsLastEventExpires() throws Exception {
    EventDataStore store = TestLakes.createStore(fixture.lake, "audit", 7);
    Instant boundary = NOW.minus(Duration.ofDays(7));
    fixture.commit(store, boundary.minusSeconds(60), boundary.plusSeconds(60));

    assertThat(fixture.sweep().stores().get(0).outcome()).isEqualTo(StoreSweep.Outcome.NOTHING_EXPIRED);
    fixture.clock.advance(Duration.ofSeconds(60));
    assertThat(fixture.sweep().stores().get(0).outcome()).isEqualTo(StoreSweep.Outcome.NOTHING_EXPIRED);
    fixture.clock.advance(Duration.ofMillis(1));
    assertThat(fixture.sweep().stores().get(0).events()).isEqualTo(2);
    assertThat(fixture.filesOnDisk(store)).isEmpty();
  }

  @Test
  void aDryRunChangesNothingAndReportsWhatWouldGo() throws Exception {
    EventDataStore store = TestLakes.createStore(fixture.lake, "audit", 30);
    fixture.commit(store, daysAgo(45), daysAgo(2));
    var before = fixture.filesOnDisk(store);

    SweepReport report = fixture.sweeper(SweepListener.NONE).sweep(true);

    assertThat(report.dryRun()).isTrue();
    assertThat(report.events()).isEqualTo(1);
    assertThat(report.stores().get(0).files()).singleElement().extracting(FileEntry::minEventTime)
        .isEqualTo(daysAgo(45));
    assertThat(fixture.filesOnDisk(store)).isEqualTo(before);
    assertThat(fixture.lake.files(store).manifest().entries()).hasSize(1);
  }

  @Test
  void loweringRetentionRemovesWhatFallsOutsideAndRaisingItKeepsWhatIsLeft() throws Exception {
    EventDataStore store = TestLakes.createStore(fixture.lake, "audit", 366);
    fixture.commit(store, daysAgo(10), daysAgo(100), daysAgo(200), daysAgo(300));
    assertThat(fixture.sweep().events()).isZero();

    setRetention(store, 90);
    assertThat(fixture.sweep().events()).isEqualTo(3);
    setRetention(store, 366);
    assertThat(fixture.sweep().events()).isZero();

    assertThat(fixture.liveEventRanges(store)).containsExactly(daysAgo(10));
  }

  @Test
  void expiredEventsWaitingInTheWriteAheadLogAreFlushedAndRemoved() throws Exception {
    EventDataStore store = TestLakes.createStore(fixture.lake, "live", 7);
    fixture.lake.files(store).append(fixture.events(daysAgo(9), daysAgo(8), daysAgo(1)));

    StoreSweep swept = fixture.sweep().stores().get(0);

    assertThat(swept.unflushedEvents()).isEqualTo(2);
    assertThat(swept.events()).isEqualTo(2);
    assertThat(fixture.lake.files(store).unflushedEvents()).isEmpty();
    assertThat(fixture.liveEventRanges(store)).containsExactly(daysAgo(1));
  }

  @Test
  void aStoreThatFailsIsReportedAndTheOthersAreStillSwept() throws Exception {
    EventDataStore doomed = TestLakes.createStore(fixture.lake, "doomed", 7);
    EventDataStore audit = TestLakes.createStore(fixture.lake, "audit", 7);
    fixture.commit(audit, daysAgo(8));
    fixture.lake.catalog().delete(doomed.id());
    fixture.clock.advance(Duration.ofDays(7));
    RetentionSweeper sweeper = new RetentionSweeper(fixture.lake,
        RetentionConfig.defaults().withClock(fixture.clock), store -> {
          throw new IllegalStateException("query history unavailable");
        });

    SweepReport report = sweeper.sweep(false);

    assertThat(report.succeeded()).isFalse();
    assertThat(report.stores()).extracting(StoreSweep::outcome)
        .containsExactly(StoreSweep.Outcome.FAILED, StoreSweep.Outcome.FILES_EXPIRED);
    assertThat(report.stores().get(0).failure()).contains("query history unavailable");
    assertThat(fixture.lake.catalog().list()).hasSize(2);
  }

  private void setRetention(EventDataStore store, int days) {
    fixture.lake.catalog().update(new UpdateStoreRequest(store.id(), null, null, null, null, days, null, null, null));
  }
}
