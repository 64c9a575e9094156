package dev.eventlake.store.catalog;

import static dev.eventlake.store.catalog.CatalogTestSupport.START;
import static dev.eventlake.store.catalog.CatalogTestSupport.assertFails;
import static dev.eventlake.store.catalog.FakeSelectorValidation.selector;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_ALREADY_EXISTS;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED;
import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_SELECTORS;
import static dev.eventlake.store.error.ErrorCode.INVALID_KMS_KEY_ID;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.INVALID_TAG_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.TAGS_LIMIT_EXCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.AdvancedFieldSelector;
import dev.eventlake.store.selector.EventCategory;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateEventDataStore rules: defaults, names, retention per billing mode, tags, selectors, KMS keys and quota. */
class StoreCatalogTest {
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
  void createAppliesCloudTrailDefaults() {
    EventDataStore store = catalog.create(CreateStoreRequest.named("audit"));

    assertThat(store.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(store.arn()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/" + store.id());
    assertThat(store.name()).isEqualTo("audit");
    assertThat(store.status()).isEqualTo(StoreStatus.ENABLED);
    assertThat(store.advancedEventSelectors()).isEqualTo(FakeSelectorValidation.defaultSelectors());
    assertThat(store.categories()).containsExactly(EventCategory.MANAGEMENT);
    assertThat(store.multiRegionEnabled()).isTrue();
    assertThat(store.organizationEnabled()).isFalse();
    assertThat(store.retentionPeriod()).isEqualTo(366);
    assertThat(store.terminationProtectionEnabled()).isTrue();
    assertThat(store.billingMode()).isEqualTo(BillingMode.EXTENDABLE_RETENTION_PRICING);
    assertThat(store.kmsKeyId()).isNull();
    assertThat(store.tags()).isEmpty();
    assertThat(store.createdTimestamp()).isEqualTo(START);
    assertThat(store.updatedTimestamp()).isEqualTo(START);
    assertThat(store.pendingDeletionSince()).isNull();
    assertThat(catalog.get(store.id())).isEqualTo(store);
  }

  @Test
  void createWithoutStartingIngestionLeavesTheStoreStopped() {
    EventDataStore store = catalog.create(
        new CreateStoreRequest("quiet", null, null, null, null, null, null, null, false, null));

    assertThat(store.status()).isEqualTo(StoreStatus.STOPPED_INGESTION);
  }

  @Test
  void fixedRetentionPricingDefaultsToSevenYears() {
    EventDataStore store = catalog.create(new CreateStoreRequest("seven-years", null, null, null, null, null, null,
        null, null, BillingMode.FIXED_RETENTION_PRICING));

    assertThat(store.retentionPeriod()).isEqualTo(2557);
  }

  @Test
  void createKeepsExplicitMembersAndValidatedCategories() {
    List<AdvancedEventSelector> selectors = List.of(selector("mgmt", EventCategory.MANAGEMENT),
        selector("s3", EventCategory.DATA));
    EventDataStore store = catalog.create(new CreateStoreRequest("explicit", selectors, false, true, 30, false,
        List.of(new Tag("team", "security"), new Tag("empty", null)), "alias/lake", false,
        BillingMode.FIXED_RETENTION_PRICING));

    assertThat(store.advancedEventSelectors()).isEqualTo(selectors);
    assertThat(store.categories()).containsExactlyInAnyOrder(EventCategory.MANAGEMENT, EventCategory.DATA);
    assertThat(store.multiRegionEnabled()).isFalse();
    assertThat(store.organizationEnabled()).isTrue();
    assertThat(store.retentionPeriod()).isEqualTo(30);
    assertThat(store.terminationProtectionEnabled()).isFalse();
    assertThat(store.tags()).containsExactly(new Tag("team", "security"), new Tag("empty", null));
    assertThat(store.kmsKeyId()).isEqualTo("alias/lake");
    assertThat(store.billingMode()).isEqualTo(BillingMode.FIXED_RETENTION_PRICING);
  }

  @Test
  void nameIsRequired() {
    assertFails(() -> catalog.create(CreateStoreRequest.named(null)), INVALID_PARAMETER, "Name is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "has space", "slash/name", "colon:name", "umlaut-ä", ""})
  void namesOutsideThePatternOrLengthAreRejected(String name) {
    assertFails(() -> catalog.create(CreateStoreRequest.named(name)), INVALID_PARAMETER, "3 to 128 characters");
  }

  @Test
  void namesOfThreeAndOneHundredTwentyEightCharactersAreAccepted() {
    catalog.create(CreateStoreRequest.named("a.-"));
    catalog.create(CreateStoreRequest.named("_".repeat(128)));

    assertFails(() -> catalog.create(CreateStoreRequest.named("n".repeat(129))), INVALID_PARAMETER, "Name 'nnn");
  }

  @Test
  void namesAreUniqueIncludingStoresPendingDeletion() {
    EventDataStore first = catalog.create(CatalogTestSupport.unprotected("orders"));
    assertFails(() -> catalog.create(CreateStoreRequest.named("orders")), EVENT_DATA_STORE_ALREADY_EXISTS,
        "named 'orders' already exists");

    catalog.delete(first.id());
    assertFails(() -> catalog.create(CreateStoreRequest.named("orders")), EVENT_DATA_STORE_ALREADY_EXISTS,
        "status PENDING_DELETION");
  }

  @ParameterizedTest
  @CsvSource({"EXTENDABLE_RETENTION_PRICING, 6", "EXTENDABLE_RETENTION_PRICING, 3654",
      "FIXED_RETENTION_PRICING, 6", "FIXED_RETENTION_PRICING, 2558", "FIXED_RETENTION_PRICING, 3653"})
  void retentionOutsideTheBillingModeRangeIsRejected(BillingMode billingMode, int days) {
    CreateStoreRequest request = new CreateStoreRequest("retention", null, null, null, days, null, null, null, null,
        billingMode);

    assertFails(() -> catalog.create(request), INVALID_PARAMETER,
        "RetentionPeriod " + days + " is out of range: with BillingMode " + billingMode.wireName());
  }

  @ParameterizedTest
  @CsvSource({"EXTENDABLE_RETENTION_PRICING, 7", "EXTENDABLE_RETENTION_PRICING, 3653",
      "FIXED_RETENTION_PRICING, 7", "FIXED_RETENTION_PRICING, 2557"})
  void retentionAtTheRangeLimitsIsAccepted(BillingMode billingMode, int days) {
    EventDataStore store = catalog.create(new CreateStoreRequest("retention", null, null, null, days, null, null,
        null, null, billingMode));

    assertThat(store.retentionPeriod()).isEqualTo(days);
  }

  @Test
  void quotaCountsStoresInEveryStatus() {
    catalog = CatalogTestSupport.catalog(CatalogTestSupport.config(dataDirectory, clock).withMaxEventDataStores(2));
    EventDataStore deleted = catalog.create(CatalogTestSupport.unprotected("first"));
    catalog.create(CreateStoreRequest.named("second"));
    catalog.delete(deleted.id());

    assertFails(() -> catalog.create(CreateStoreRequest.named("third")), EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED,
        "already has 2 event data stores in us-east-1, the maximum");
    assertThat(catalog.list()).hasSize(2);
  }

  @Test
  void atMostFiftyTagsAreAllowed() {
    catalog.create(withTags("fifty", tags(50)));

    assertFails(() -> catalog.create(withTags("fifty-one", tags(51))), TAGS_LIMIT_EXCEEDED,
        "TagsList has 51 tags; a resource may have at most 50");
  }

  @Test
  void tagKeysAndValuesAreLengthChecked() {
    assertFails(() -> new Tag("", "value"), INVALID_TAG_PARAMETER, "Tag key is missing or empty");
    assertFails(() -> new Tag(null, "value"), INVALID_TAG_PARAMETER, "Tag key is missing or empty");
    assertFails(() -> new Tag("k".repeat(129), "value"), INVALID_TAG_PARAMETER, "tag keys may have at most 128");
    assertFails(() -> new Tag("key", "v".repeat(257)), INVALID_TAG_PARAMETER, "tag values may have at most 256");
    assertThat(new Tag("k".repeat(128), "v".repeat(256)).key()).hasSize(128);
  }

  @Test
  void tagKeysMustNotRepeat() {
    CreateStoreRequest request = withTags("twice", List.of(new Tag("team", "a"), new Tag("team", "b")));

    assertFails(() -> catalog.create(request), INVALID_TAG_PARAMETER, "Tag key 'team' appears more than once");
  }

  @Test
  void selectorsTheValidatorRejectsAreRejected() {
    AdvancedEventSelector noCategory = new AdvancedEventSelector("reads",
        List.of(AdvancedFieldSelector.equalTo("readOnly", "true")));
    CreateStoreRequest request = new CreateStoreRequest("bad-selectors", List.of(noCategory), null, null, null, null,
        null, null, null, null);

    assertFails(() -> catalog.create(request), INVALID_EVENT_SELECTORS, "no eventCategory Equals condition");
    assertThat(catalog.list()).isEmpty();
  }

  @Test
  void malformedKmsKeyIdsAreRejected() {
    CreateStoreRequest request = new CreateStoreRequest("encrypted", null, null, null, null, null, null,
        "not a key!", null, null);

    assertFails(() -> catalog.create(request), INVALID_KMS_KEY_ID, "KmsKeyId 'not a key!' is not valid");
  }

  @Test
  void requestListsMustNotContainNullEntries() {
    List<Tag> withNull = Arrays.asList(new Tag("a", "b"), null);

    assertFails(() -> new CreateStoreRequest("nulls", null, null, null, null, null, withNull, null, null, null),
        INVALID_PARAMETER, "TagsList contains a null entry");
  }

  @Test
  void listReturnsStoresInCreationOrder() {
    EventDataStore first = catalog.create(CreateStoreRequest.named("first"));
    EventDataStore second = catalog.create(CreateStoreRequest.named("second"));

    assertThat(catalog.list()).containsExactly(first, second);
  }

  private static CreateStoreRequest withTags(String name, List<Tag> tags) {
    return new CreateStoreRequest(name, null, null, null, null, null, tags, null, null, null);
  }

  private static List<Tag> tags(int count) {
    return IntStream.range(0, count).mapToObj(index -> new Tag("key-" + index, "value-" + index)).toList();
  }
}
