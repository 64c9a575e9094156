package dev.eventlake.retention;

import static dev.eventlake.retention.SweepFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.retention.SweepFixture.SimulatedCrash;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.storage.FileEntry;
import dev.eventlake.store.storage.ManifestEntry;
import dev.eventlake.store.storage.StoreVerifier;
import dev.eventlake.store.testing.TestLakes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps cut short at each durable step, then run again: the job gets finished and the manifest stays consistent. */
class SweepCrashTest {
  @TempDir Path dataDirectory;
  private SweepFixture fixture;
  private EventDataStore store;

  @BeforeEach
  void open() throws Exception {
    fixture = new SweepFixture(dataDirectory);
    store = TestLakes.createStore(fixture.lake, "audit", 30);
    fixture.commit(store, daysAgo(40), daysAgo(50), daysAgo(60), daysAgo(1));
  }

  @Test
  void aSweepStoppedAfterRecordingTheRemovalIsFinishedByTheNextSweep() throws Exception {
    assertThatThrownBy(() -> fixture.sweeper(crashOnRecord()).sweep(false)).isInstanceOf(SimulatedCrash.class);
    assertThat(fixture.lake.files(store).liveFiles()).hasSize(1);
    assertThat(fixture.filesOnDisk(store)).as("recorded, not yet deleted").hasSize(4);

    StoreSweep rerun = fixture.sweep().stores().get(0);

    assertThat(rerun.leftoversDeleted()).isEqualTo(3);
    assertThat(rerun.outcome()).isEqualTo(StoreSweep.Outcome.NOTHING_EXPIRED);
    assertConsistentAfterOneRemovalOfThreeFiles();
  }

  @Test
  void aSweepStoppedBetweenTwoDeletionsIsFinishedByTheNextSweep() throws Exception {
    SweepListener crashAfterFirstDeletion = new SweepListener() {
      @Override
      public void fileDeleted(EventDataStore swept, FileEntry file) {
        throw new SimulatedCrash("after deleting " + file.path());
      }
    };
    assertThatThrownBy(() -> fixture.sweeper(crashAfterFirstDeletion).sweep(false))
        .isInstanceOf(SimulatedCrash.class);
    assertThat(fixture.filesOnDisk(store)).hasSize(3);

    assertThat(fixture.sweep().stores().get(0).leftoversDeleted()).isEqualTo(2);
    assertConsistentAfterOneRemovalOfThreeFiles();
  }

  @Test
  void aRestartAfterTheCrashDeletesTheRecordedFilesWhenTheStoreIsOpened() throws Exception {
    assertThatThrownBy(() -> fixture.sweeper(crashOnRecord()).sweep(false)).isInstanceOf(SimulatedCrash.class);

    fixture.reopen();
    fixture.lake.files(store);

    assertThat(fixture.filesOnDisk(store)).hasSize(1);
    assertThat(fixture.sweep().stores().get(0).leftoversDeleted()).isZero();
    assertConsistentAfterOneRemovalOfThreeFiles();
  }

  @Test
  void aPurgeStoppedAfterDeletingTheFilesIsFinishedByTheNextSweep() throws Exception {
    fixture.lake.catalog().delete(store.id());
    fixture.clock.advance(Duration.ofDays(7));
    SweepListener crashAfterFiles = new SweepListener() {
      @Override
      public void purgedFilesDeleted(EventDataStore purged) {
        throw new SimulatedCrash("before forgetting " + purged.id());
      }
    };
    assertThatThrownBy(() -> fixture.sweeper(crashAfterFiles).sweep(false)).isInstanceOf(SimulatedCrash.class);
    assertThat(fixture.lake.catalog().get(store.id()).isPendingDeletion()).isTrue();

    fixture.reopen();
    assertThat(fixture.sweep().stores().get(0).outcome()).isEqualTo(StoreSweep.Outcome.PURGED);

    assertThat(fixture.lake.catalog().list()).isEmpty();
    assertThat(fixture.lake.config().storeDirectory(store.id())).doesNotExist();
    assertThat(fixture.purged).as("the listener is asked again, so it must be idempotent").hasSize(2);
  }

  private static SweepListener crashOnRecord() {
    return new SweepListener() {
      @Override
      public void removalRecorded(EventDataStore swept, List<FileEntry> files) {
        throw new SimulatedCrash("after recording " + files.size() + " removals");
      }
    };
  }

  private void assertConsistentAfterOneRemovalOfThreeFiles() throws IOException {
    assertThat(fixture.filesOnDisk(store)).hasSize(1);
    List<ManifestEntry> entries = fixture.lake.files(store).manifest().entries();
    assertThat(entries).extracting(ManifestEntry::action)
        .containsExactly(ManifestEntry.Action.ADD, ManifestEntry.Action.REMOVE);
    assertThat(entries.get(1).removed()).hasSize(3);
    assertThat(fixture.liveEventRanges(store)).containsExactly(daysAgo(1));
    assertThat(StoreVerifier.verify(fixture.lake.files(store)).intact()).isTrue();
  }
}
