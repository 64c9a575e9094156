package dev.eventlake.store.catalog;

import dev.eventlake.store.catalog.PersistedCatalog.PersistedFieldSelector;
import dev.eventlake.store.catalog.PersistedCatalog.PersistedSelector;
import dev.eventlake.store.catalog.PersistedCatalog.PersistedStore;
import dev.eventlake.store.catalog.PersistedCatalog.PersistedTag;
import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.AdvancedFieldSelector;
import dev.eventlake.store.selector.EventCategory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Converts between the domain records and their on-disk {@link PersistedCatalog} shapes. */
final class PersistedForms {
  private PersistedForms() {}

  /** The on-disk form of a store. */
  static PersistedStore toPersisted(EventDataStore store) {
    return new PersistedStore(store.id(), store.name(), store.arn(), store.status().wireName(),
        store.advancedEventSelectors().stream().map(PersistedForms::toPersisted).toList(),
        store.categories().stream().map(EventCategory::wireName).toList(), store.multiRegionEnabled(),
        store.organizationEnabled(), store.retentionPeriod(), store.terminationProtectionEnabled(),
        store.billingMode().wireName(), store.kmsKeyId(),
        store.tags().stream().map(tag -> new PersistedTag(tag.key(), tag.value())).toList(),
        store.createdTimestamp().toString(), store.updatedTimestamp().toString(),
        toText(store.pendingDeletionSince()), store.statusBeforeDeletion() == null ? null
            : store.statusBeforeDeletion().wireName());
  }

  /**
   * The store a persisted form describes.
   *
   * @throws IllegalArgumentException or NullPointerException when the form is incomplete or inconsistent
   */
  static EventDataStore toStore(PersistedStore form) {
    return new EventDataStore(form.id(), form.name(), form.arn(), StoreStatus.valueOf(form.status()),
        form.advancedEventSelectors().stream().map(PersistedForms::toSelector).toList(),
        toCategories(form.categories()), form.multiRegionEnabled(), form.organizationEnabled(),
        form.retentionPeriod(), form.terminationProtectionEnabled(), toBillingMode(form.billingMode()),
        form.kmsKeyId(), form.tags().stream().map(tag -> new Tag(tag.key(), tag.value())).toList(),
        Instant.parse(form.createdTimestamp()), Instant.parse(form.updatedTimestamp()),
        toInstant(form.pendingDeletionSince()),
        form.statusBeforeDeletion() == null ? null : StoreStatus.valueOf(form.statusBeforeDeletion()));
  }

  private static PersistedSelector toPersisted(AdvancedEventSelector selector) {
    return new PersistedSelector(selector.name(), selector.fieldSelectors().stream()
        .map(field -> new PersistedFieldSelector(field.field(), field.equalsValues(), field.startsWith(),
            field.endsWith(), field.notEquals(), field.notStartsWith(), field.notEndsWith()))
        .toList());
  }

  private static AdvancedEventSelector toSelector(PersistedSelector form) {
    return new AdvancedEventSelector(form.name(), form.fieldSelectors().stream()
        .map(field -> new AdvancedFieldSelector(field.field(), field.equalsValues(), field.startsWith(),
            field.endsWith(), field.notEquals(), field.notStartsWith(), field.notEndsWith()))
        .toList());
  }

  private static Set<EventCategory> toCategories(List<String> wireNames) {
    Set<EventCategory> categories = EnumSet.noneOf(EventCategory.class);
    for (String wireName : wireNames) {
      categories.add(EventCategory.fromWireName(wireName)
          .orElseThrow(() -> new IllegalArgumentException("unknown event category '" + wireName + "'")));
    }
    return categories;
  }

  private static BillingMode toBillingMode(String wireName) {
    return BillingMode.fromWireName(wireName)
        .orElseThrow(() -> new IllegalArgumentException("unknown billing mode '" + wireName + "'"));
  }

  private static String toText(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static Instant toInstant(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
