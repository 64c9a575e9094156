package dev.eventlake.api.rest;

import static dev.eventlake.api.rest.BodyChecks.entries;
import static dev.eventlake.api.rest.BodyChecks.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventlake.store.catalog.BillingMode;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.Tag;
import dev.eventlake.store.catalog.UpdateStoreRequest;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.AdvancedFieldSelector;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the store routes, apart from the catalog's domain types. */
final class StoreJson {
  private StoreJson() {}

  /** Body of {@code POST /v1/stores}; only {@code name} is required. */
  record CreateBody(String name, List<Selector> advancedEventSelectors, Boolean multiRegionEnabled,
      Boolean organizationEnabled, Integer retentionPeriod, Boolean terminationProtectionEnabled, List<TagEntry> tags,
      String kmsKeyId, Boolean startIngestion, String billingMode) {
    CreateBody {
      required(name, "name");
      entries(advancedEventSelectors, "advancedEventSelectors");
      entries(tags, "tags");
    }

    CreateStoreRequest toDomain() {
      return new CreateStoreRequest(name, selectors(advancedEventSelectors), multiRegionEnabled, organizationEnabled,
          retentionPeriod, terminationProtectionEnabled, tags == null ? null : tags.stream().map(TagEntry::toDomain)
          .toList(), kmsKeyId, startIngestion, parseBillingMode(billingMode));
    }
  }

  /** Body of {@code PATCH /v1/stores/{store}}: the members to change, at least one. */
  record UpdateBody(String name, List<Selector> advancedEventSelectors, Boolean multiRegionEnabled,
      Boolean organizationEnabled, Integer retentionPeriod, Boolean terminationProtectionEnabled, String kmsKeyId,
      String billingMode) {
    UpdateBody {
      entries(advancedEventSelectors, "advancedEventSelectors");
    }

    UpdateStoreRequest toDomain(String store) {
      return new UpdateStoreRequest(store, name, selectors(advancedEventSelectors), multiRegionEnabled,
          organizationEnabled, retentionPeriod, terminationProtectionEnabled, kmsKeyId, parseBillingMode(billingMode));
    }
  }

  /** An advanced event selector, in requests and responses. */
  record Selector(String name, List<FieldSelector> fieldSelectors) {
    Selector {
      entries(required(fieldSelectors, "fieldSelectors"), "fieldSelectors");
    }

    AdvancedEventSelector toDomain() {
      return new AdvancedEventSelector(name, fieldSelectors.stream().map(FieldSelector::toDomain).toList());
    }

    static Selector of(AdvancedEventSelector selector) {
      return new Selector(selector.name(), selector.fieldSelectors().stream().map(field -> new FieldSelector(
          field.field(), field.equalsValues(), field.startsWith(), field.endsWith(), field.notEquals(),
          field.notStartsWith(), field.notEndsWith())).toList());
    }
  }

  /** One field condition of a selector; absent lists are absent operators. */
  record FieldSelector(String field, @JsonProperty("equals") List<String> equalsValues, List<String> startsWith,
      List<String> endsWith, List<String> notEquals, List<String> notStartsWith, List<String> notEndsWith) {
    FieldSelector {
      required(field, "field");
      entries(equalsValues, "equals");
      entries(startsWith, "startsWith");
      entries(endsWith, "endsWith");
      entries(notEquals, "notEquals");
      entries(notStartsWith, "notStartsWith");
      entries(notEndsWith, "notEndsWith");
    }

    AdvancedFieldSelector toDomain() {
      return new AdvancedFieldSelector(field, equalsValues, startsWith, endsWith, notEquals, notStartsWith,
          notEndsWith);
    }
  }

  /** A tag; the value is optional. */
  record TagEntry(String key, String value) {
    Tag toDomain() {
      return new Tag(key, value);
    }
  }

  /** An event data store as the REST API shows it. */
  record StoreView(String id, String arn, String name, String status, List<Selector> advancedEventSelectors,
      boolean multiRegionEnabled, boolean organizationEnabled, int retentionPeriod,
      boolean terminationProtectionEnabled, String billingMode, String kmsKeyId, List<TagEntry> tags,
      Instant createdTimestamp, Instant updatedTimestamp, Instant pendingDeletionSince, List<String> categories) {

    static StoreView of(EventDataStore store) {
      return new StoreView(store.id(), store.arn(), store.name(), store.status().wireName(),
          store.advancedEventSelectors().stream().map(Selector::of).toList(), store.multiRegionEnabled(),
          store.organizationEnabled(), store.retentionPeriod(), store.terminationProtectionEnabled(),
          store.billingMode().wireName(), store.kmsKeyId(),
          store.tags().stream().map(tag -> new TagEntry(tag.key(), tag.value())).toList(), store.createdTimestamp(),
          store.updatedTimestamp(), store.pendingDeletionSince(), ColumnRoutes.categories(store));
    }
  }

  /** A page of stores. */
  record StoreList(List<StoreView> stores, String nextToken) {}

  private static List<AdvancedEventSelector> selectors(List<Selector> selectors) {
    return selectors == null ? null : selectors.stream().map(Selector::toDomain).toList();
  }

  private static BillingMode parseBillingMode(String name) {
    if (name == null) {
      return null;
    }
    return BillingMode.fromWireName(name).orElseThrow(() -> LakeException.of(ErrorCode.INVALID_PARAMETER,
        "billingMode '%s' is not one of EXTENDABLE_RETENTION_PRICING, FIXED_RETENTION_PRICING", name));
  }
}
