package dev.eventlake.store.catalog;

import static dev.eventlake.store.catalog.CatalogTestSupport.START;
import static dev.eventlake.store.catalog.CatalogTestSupport.assertFails;
import static dev.eventlake.store.catalog.CatalogTestSupport.unprotected;
import static dev.eventlake.store.catalog.FakeSelectorValidation.selector;
import static dev.eventlake.store.error.ErrorCode.CHANNEL_EXISTS_FOR_EDS;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_TERMINATION_PROTECTED;
import static dev.eventlake.store.error.ErrorCode.INACTIVE_EVENT_DATA_STORE;
import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY;
import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_DATA_STORE_STATUS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.selector.EventCategory;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delete, restore, start and stop ingestion: the status machine and its guards. */
class StoreCatalogLifecycleTest {
  @TempDir
  Path dataDirectory;

  private MutableClock clock;
  private StoreCatalog catalog;

  @BeforeEach
  void openCatalog() {
    clock = new MutableClock(START);
    catalog = CatalogTestSupport.catalog(CatalogTestSupport.config(dataDirectory, clock));
  }

  @Test
  void terminationProtectionBlocksDeletion() {
    EventDataStore store = catalog.create(CreateStoreRequest.named("protected"));

    assertFails(() -> catalog.delete(store.id()), EVENT_DATA_STORE_TERMINATION_PROTECTED,
        "TerminationProtectionEnabled=false");
    assertThat(catalog.get(store.id()).status()).isEqualTo(StoreStatus.ENABLED);
  }

  @Test
  void deleteMovesTheStoreToPendingDeletion() {
    EventDataStore store = catalog.create(unprotected("doomed"));
    clock.advance(Duration.ofMinutes(5));

    EventDataStore deleted = catalog.delete(store.name());

    assertThat(deleted.status()).isEqualTo(StoreStatus.PENDING_DELETION);
    assertThat(deleted.pendingDeletionSince()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    assertThat(deleted.statusBeforeDeletion()).isEqualTo(StoreStatus.ENABLED);
    assertThat(catalog.get(store.id())).isEqualTo(deleted);
    assertThat(catalog.list()).containsExactly(deleted);
  }

  @Test
  void deletingAStorePendingDeletionIsRejected() {
    EventDataStore store = catalog.create(unprotected("doomed"));
    catalog.delete(store.id());

    assertFails(() -> catalog.delete(store.id()), INACTIVE_EVENT_DATA_STORE, "cannot be deleted again");
  }

  @Test
  void theDeletionGuardCanVetoDeletion() {
    DeletionGuard channelStillExists = store -> {
      throw LakeException.of(CHANNEL_EXISTS_FOR_EDS, "channel targets %s", store.name());
    };
    catalog = new StoreCatalog(CatalogTestSupport.config(dataDirectory, clock), new FakeSelectorValidation(),
        FakeSelectorValidation::defaultSelectors, channelStillExists);
    EventDataStore store = catalog.create(unprotected("integration"));

    assertFails(() -> catalog.delete(store.id()), CHANNEL_EXISTS_FOR_EDS, "channel targets integration");
    assertThat(catalog.get(store.id())).isEqualTo(store);
  }

  @Test
  void restoreWithinSevenDaysReturnsToThePreviousStatus() {
    EventDataStore store = catalog.create(
        new CreateStoreRequest("paused", null, null, null, null, false, null, null, false, null));
    catalog.delete(store.id());
    clock.advance(Duration.ofDays(7).minusMillis(1));

    EventDataStore restored = catalog.restore(store.arn());

    assertThat(restored.status()).isEqualTo(StoreStatus.STOPPED_INGESTION);
    assertThat(restored.pendingDeletionSince()).isNull();
    assertThat(restored.statusBeforeDeletion()).isNull();
    assertThat(restored.updatedTimestamp()).isEqualTo(clock.instant());
  }

  @Test
  void restoreAfterSevenDaysIsRejected() {
    EventDataStore store = catalog.create(unprotected("expired"));
    catalog.delete(store.id());
    clock.advance(Duration.ofDays(7));

    assertFails(() -> catalog.restore(store.id()), INVALID_EVENT_DATA_STORE_STATUS,
        "the 7-day restore window ended at 2026-01-22T10:00:00Z");
    assertThat(catalog.get(store.id()).status()).isEqualTo(StoreStatus.PENDING_DELETION);
  }

  @Test
  void restoreOfAStoreNotPendingDeletionIsRejected() {
    EventDataStore store = catalog.create(CreateStoreRequest.named("alive"));

    assertFails(() -> catalog.restore(store.id()), INVALID_EVENT_DATA_STORE_STATUS,
        "has status ENABLED; only stores in PENDING_DELETION can be restored");
  }

  @Test
  void stopAndStartIngestionAlternate() {
    EventDataStore store = catalog.create(CreateStoreRequest.named("ingesting"));

    assertThat(catalog.stopIngestion(store.id()).status()).isEqualTo(StoreStatus.STOPPED_INGESTION);
    assertThat(catalog.startIngestion(store.id()).status()).isEqualTo(StoreStatus.ENABLED);
  }

  @Test
  void startIngestionRequiresStoppedIngestion() {
    EventDataStore store = catalog.create(CreateStoreRequest.named("ingesting"));

    assertFails(() -> catalog.startIngestion(store.id()), INVALID_EVENT_DATA_STORE_STATUS,
        "StartEventDataStoreIngestion needs event data store 'ingesting' to have status STOPPED_INGESTION");
  }

  @Test
  void stopIngestionRequiresEnabled() {
    EventDataStore store = catalog.create(
        new CreateStoreRequest("stopped", null, null, null, null, false, null, null, false, null));
    assertFails(() -> catalog.stopIngestion(store.id()), INVALID_EVENT_DATA_STORE_STATUS,
        "to have status ENABLED; it has status STOPPED_INGESTION");

    catalog.delete(store.id());
    assertFails(() -> catalog.startIngestion(store.id()), INVALID_EVENT_DATA_STORE_STATUS,
        "it has status PENDING_DELETION");
  }

  @Test
  void ingestionOfChannelFedStoresCannotBeStartedOrStopped() {
    EventDataStore store = catalog.create(new CreateStoreRequest("integration",
        List.of(selector("channel", EventCategory.ACTIVITY_AUDIT_LOG)), null, null, null, null, null, null, null,
        null));

    assertFails(() -> catalog.stopIngestion(store.id()), INVALID_EVENT_DATA_STORE_CATEGORY,
        "only possible for event data stores of Management, Data, NetworkActivity or ConfigurationItem events; "
            + "'integration' holds ActivityAuditLog events");
    assertFails(() -> catalog.startIngestion(store.id()), INVALID_EVENT_DATA_STORE_CATEGORY,
        "StartEventDataStoreIngestion is only possible");
  }

  @Test
  void configurationItemStoresControlTheirIngestion() {
    EventDataStore store = catalog.create(new CreateStoreRequest("config-items",
        List.of(selector("config", EventCategory.CONFIGURATION_ITEM)), null, null, null, null, null, null, null,
        null));

    assertThat(catalog.stopIngestion(store.id()).status()).isEqualTo(StoreStatus.STOPPED_INGESTION);
  }
}
