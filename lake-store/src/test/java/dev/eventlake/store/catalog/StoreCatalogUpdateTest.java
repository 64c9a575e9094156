package dev.eventlake.store.catalog;

import static dev.eventlake.store.catalog.CatalogTestSupport.START;
import static dev.eventlake.store.catalog.CatalogTestSupport.assertFails;
import static dev.eventlake.store.catalog.FakeSelectorValidation.selector;
import static dev.eventlake.store.catalog.UpdateRequestBuilder.updateOf;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_ALREADY_EXISTS;
import static dev.eventlake.store.error.ErrorCode.INACTIVE_EVENT_DATA_STORE;
import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_SELECTORS;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.selector.EventCategory;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UpdateEventDataStore rules: partial updates, names, billing mode, retention, selectors, KMS keys, status. */
class StoreCatalogUpdateTest {
  @TempDir
  Path dataDirectory;

  private MutableClock clock;
  private StoreCatalog catalog;
  private EventDataStore store;

  @BeforeEach
  void createStore() {
    clock = new MutableClock(START);
    catalog = CatalogTestSupport.catalog(CatalogTestSupport.config(dataDirectory, clock));
    store = catalog.create(CreateStoreRequest.named("audit"));
    clock.advance(Duration.ofHours(1));
  }

  @Test
  void updateNeedsAtLeastOneMember() {
    assertFails(() -> catalog.update(updateOf(store.id()).build()), INVALID_PARAMETER,
        "needs at least one member to change");
  }

  @Test
  void updateChangesOnlyThePresentMembers() {
    EventDataStore updated = catalog.update(updateOf(store.arn()).name("audit-renamed").retentionPeriod(90)
        .multiRegionEnabled(false).organizationEnabled(true).terminationProtectionEnabled(false).build());

    assertThat(updated.name()).isEqualTo("audit-renamed");
    assertThat(updated.retentionPeriod()).isEqualTo(90);
    assertThat(updated.multiRegionEnabled()).isFalse();
    assertThat(updated.organizationEnabled()).isTrue();
    assertThat(updated.terminationProtectionEnabled()).isFalse();
    assertThat(updated.advancedEventSelectors()).isEqualTo(store.advancedEventSelectors());
    assertThat(updated.billingMode()).isEqualTo(store.billingMode());
    assertThat(updated.status()).isEqualTo(StoreStatus.ENABLED);
    assertThat(updated.createdTimestamp()).isEqualTo(START);
    assertThat(updated.updatedTimestamp()).isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(catalog.get("audit-renamed")).isEqualTo(updated);
  }

  @Test
  void renamingOntoAnotherStoresNameIsRejected() {
    catalog.create(CreateStoreRequest.named("other"));

    assertFails(() -> catalog.update(updateOf(store.id()).name("other").build()), EVENT_DATA_STORE_ALREADY_EXISTS,
        "named 'other' already exists");
    assertThat(catalog.update(updateOf(store.id()).name("audit").build()).name()).isEqualTo("audit");
  }

  @Test
  void invalidNamesAreRejectedOnUpdate() {
    assertFails(() -> catalog.update(updateOf(store.id()).name("no").build()), INVALID_PARAMETER, "Name 'no'");
  }

  @Test
  void billingModeCannotChangeFromExtendableToFixed() {
    assertFails(() -> catalog.update(updateOf(store.id()).billingMode(BillingMode.FIXED_RETENTION_PRICING).build()),
        INVALID_PARAMETER, "cannot change from EXTENDABLE_RETENTION_PRICING to FIXED_RETENTION_PRICING");
  }

  @Test
  void billingModeMayChangeFromFixedToExtendable() {
    EventDataStore fixed = catalog.create(new CreateStoreRequest("fixed", null, null, null, null, null, null, null,
        null, BillingMode.FIXED_RETENTION_PRICING));

    EventDataStore updated = catalog.update(updateOf(fixed.id())
        .billingMode(BillingMode.EXTENDABLE_RETENTION_PRICING).retentionPeriod(3653).build());

    assertThat(updated.billingMode()).isEqualTo(BillingMode.EXTENDABLE_RETENTION_PRICING);
    assertThat(updated.retentionPeriod()).isEqualTo(3653);
  }

  @Test
  void retentionIsCheckedAgainstTheStoresBillingMode() {
    EventDataStore fixed = catalog.create(new CreateStoreRequest("fixed", null, null, null, null, null, null, null,
        null, BillingMode.FIXED_RETENTION_PRICING));

    assertFails(() -> catalog.update(updateOf(fixed.id()).retentionPeriod(3000).build()), INVALID_PARAMETER,
        "must be 7 to 2557 days");
    assertFails(() -> catalog.update(updateOf(store.id()).retentionPeriod(6).build()), INVALID_PARAMETER,
        "must be 7 to 3653 days");
  }

  @Test
  void storesPendingDeletionCannotBeUpdated() {
    catalog.update(updateOf(store.id()).terminationProtectionEnabled(false).build());
    catalog.delete(store.id());

    assertFails(() -> catalog.update(updateOf(store.id()).retentionPeriod(30).build()), INACTIVE_EVENT_DATA_STORE,
        "is pending deletion since");
  }

  @Test
  void selectorsMayChangeWithinCloudTrailEvents() {
    EventDataStore updated = catalog.update(updateOf(store.id())
        .selectors(List.of(selector("all", EventCategory.MANAGEMENT, EventCategory.DATA))).build());

    assertThat(updated.categories()).containsExactlyInAnyOrder(EventCategory.MANAGEMENT, EventCategory.DATA);
  }

  @Test
  void selectorsCannotMoveAStoreToAnotherKindOfEvents() {
    UpdateStoreRequest request = updateOf(store.id())
        .selectors(List.of(selector("integration", EventCategory.ACTIVITY_AUDIT_LOG))).build();

    assertFails(() -> catalog.update(request), INVALID_EVENT_SELECTORS,
        "holds CloudTrail (Management, Data, NetworkActivity) events; its new selectors select ActivityAuditLog");
    assertThat(catalog.get(store.id())).isEqualTo(store);
  }

  @Test
  void emptySelectorListsAreRejectedOnUpdate() {
    assertFails(() -> catalog.update(updateOf(store.id()).selectors(List.of()).build()), INVALID_EVENT_SELECTORS,
        "AdvancedEventSelectors is empty");
  }

  @Test
  void aKmsKeyCanBeAddedButNeverChanged() {
    EventDataStore encrypted = catalog.update(updateOf(store.id()).kmsKeyId("alias/first").build());
    assertThat(encrypted.kmsKeyId()).isEqualTo("alias/first");
    assertThat(catalog.update(updateOf(store.id()).kmsKeyId("alias/first").build()).kmsKeyId())
        .isEqualTo("alias/first");

    assertFails(() -> catalog.update(updateOf(store.id()).kmsKeyId("alias/second").build()), INVALID_PARAMETER,
        "already encrypted with KMS key 'alias/first'");
  }
}
