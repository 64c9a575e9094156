package dev.eventlake.retention;

import static dev.eventlake.retention.SweepFixture.NOW;
import static dev.eventlake.retention.SweepFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreStatus;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.storage.StoreVerifier;
import dev.eventlake.store.testing.TestLakes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stores pending deletion: untouched while restorable, purged entirely once the 7-day window has ended. */
class StorePurgeTest {
  @TempDir Path dataDirectory;
  private SweepFixture fixture;

  @BeforeEach
  void open() {
    fixture = new SweepFixture(dataDirectory);
  }

  @Test
  void aStorePendingDeletionForSevenDaysIsPurgedEntirely() throws Exception {
    EventDataStore store = TestLakes.createStore(fixture.lake, "doomed", 30);
    fixture.commit(store, daysAgo(1), daysAgo(2));
    fixture.lake.files(store).append(fixture.events(NOW));
    fixture.lake.catalog().delete(store.id());

    fixture.clock.advance(Duration.ofDays(7).minusSeconds(1));
    StoreSweep waiting = fixture.sweep().stores().get(0);
    assertThat(waiting.outcome()).isEqualTo(StoreSweep.Outcome.RESTORABLE);
    assertThat(waiting.purgeableFrom()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    assertThat(fixture.purged).isEmpty();

    fixture.clock.advance(Duration.ofSeconds(1));
    StoreSweep purged = fixture.sweep().stores().get(0);

    assertThat(purged.outcome()).isEqualTo(StoreSweep.Outcome.PURGED);
    assertThat(purged.events()).isEqualTo(2);
    assertThat(purged.unflushedEvents()).isEqualTo(1);
    assertThat(fixture.purged).extracting(EventDataStore::id).containsExactly(store.id());
    assertThat(fixture.lake.config().storeDirectory(store.id())).doesNotExist();
    assertNotFound(store);
    fixture.reopen();
    assertNotFound(store);
    assertThat(fixture.sweep().stores()).isEmpty();
  }

  @Test
  void restoreInsideTheWindowBringsEverythingBackUntouched() throws Exception {
    EventDataStore store = TestLakes.createStore(fixture.lake, "audit", 7);
    fixture.commit(store, daysAgo(1), daysAgo(3), daysAgo(5));
    Map<String, String> before = fixture.filesOnDisk(store);
    int manifestLines = fixture.lake.files(store).manifest().entries().size();
    fixture.lake.catalog().delete(store.id());

    fixture.clock.advance(Duration.ofDays(6));
    assertThat(fixture.sweep().stores().get(0).outcome()).isEqualTo(StoreSweep.Outcome.RESTORABLE);
    EventDataStore restored = fixture.lake.catalog().restore(store.id());

    assertThat(restored.status()).isEqualTo(StoreStatus.ENABLED);
    assertThat(fixture.filesOnDisk(store)).isEqualTo(before);
    assertThat(fixture.lake.files(store).manifest().entries()).hasSize(manifestLines);
    assertThat(StoreVerifier.verify(fixture.lake.files(store)).intact()).isTrue();
    assertThat(fixture.purged).isEmpty();
    StoreSweep afterRestore = fixture.sweep().stores().get(0);
    assertThat(afterRestore.events()).as("now past the 7-day retention").isEqualTo(2);
    assertThat(fixture.liveEventRanges(store)).containsExactly(daysAgo(1));
  }

  @Test
  void aDryRunReportsThePurgeWithoutDoingIt() throws Exception {
    EventDataStore store = TestLakes.createStore(fixture.lake, "doomed", 30);
    fixture.commit(store, daysAgo(1));
    fixture.lake.catalog().delete(store.id());
    fixture.clock.advance(Duration.ofDays(8));

    StoreSweep wouldPurge = fixture.sweeper(SweepListener.NONE).sweep(true).stores().get(0);

    assertThat(wouldPurge.outcome()).isEqualTo(StoreSweep.Outcome.PURGED);
    assertThat(wouldPurge.events()).isEqualTo(1);
    assertThat(fixture.purged).isEmpty();
    assertThat(fixture.lake.catalog().get(store.id()).isPendingDeletion()).isTrue();
    assertThat(fixture.filesOnDisk(store)).hasSize(1);
  }

  private void assertNotFound(EventDataStore store) {
    assertThatThrownBy(() -> fixture.lake.catalog().get(store.id())).isInstanceOfSatisfying(LakeException.class,
        failure -> assertThat(failure.code()).isEqualTo(ErrorCode.EVENT_DATA_STORE_NOT_FOUND));
  }
}
