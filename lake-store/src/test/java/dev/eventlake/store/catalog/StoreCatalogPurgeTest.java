package dev.eventlake.store.catalog;

import static dev.eventlake.store.catalog.CatalogTestSupport.START;
import static dev.eventlake.store.catalog.CatalogTestSupport.assertFails;
import static dev.eventlake.store.catalog.CatalogTestSupport.unprotected;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_NOT_FOUND;
import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_DATA_STORE_STATUS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Purging stores whose restore window has ended, and only those. */
class StoreCatalogPurgeTest {
  @TempDir Path dataDirectory;
  private MutableClock clock;
  private StoreCatalog catalog;

  @BeforeEach
  void openCatalog() {
    clock = new MutableClock(START);
    catalog = CatalogTestSupport.catalog(CatalogTestSupport.config(dataDirectory, clock));
  }

  @Test
  void aStorePendingDeletionForSevenDaysIsPurgedForGood() {
    EventDataStore store = catalog.create(unprotected("doomed"));
    EventDataStore kept = catalog.create(unprotected("kept"));
    catalog.delete(store.id());
    clock.advance(StoreCatalog.RESTORE_WINDOW);

    catalog.purge(store.id());

    assertFails(() -> catalog.get(store.id()), EVENT_DATA_STORE_NOT_FOUND, store.id());
    assertThat(catalog.list()).containsExactly(kept);
    StoreCatalog reopened = CatalogTestSupport.catalog(CatalogTestSupport.config(dataDirectory, clock));
    assertThat(reopened.list()).containsExactly(kept);
    assertThat(reopened.create(unprotected("doomed")).name()).isEqualTo("doomed");
  }

  @Test
  void aRestorableStoreIsNotPurged() {
    EventDataStore store = catalog.create(unprotected("doomed"));
    catalog.delete(store.id());
    clock.advance(StoreCatalog.RESTORE_WINDOW.minus(Duration.ofMillis(1)));

    assertFails(() -> catalog.purge(store.id()), INVALID_EVENT_DATA_STORE_STATUS, "can be restored until");
    assertThat(catalog.restore(store.id()).status()).isEqualTo(StoreStatus.ENABLED);
  }

  @Test
  void aStoreNotPendingDeletionIsNotPurged() {
    EventDataStore store = catalog.create(unprotected("live"));
    clock.advance(Duration.ofDays(30));

    assertFails(() -> catalog.requirePurgeable(store.id()), INVALID_EVENT_DATA_STORE_STATUS, "ENABLED");
    assertThat(catalog.get(store.id())).isEqualTo(store);
  }
}
