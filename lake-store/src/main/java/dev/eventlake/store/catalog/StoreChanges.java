package dev.eventlake.store.catalog;

import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_SELECTORS;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static java.util.Objects.requireNonNull;

import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.EventCategory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns create and update requests into store records: applies defaults, validates every member and the selectors.
 * Checks that need the other stores (unique names, quota) are the catalog's.
 */
final class StoreChanges {
  private final StoreReferences references;
  private final SelectorValidation selectorValidation;
  private final Supplier<List<AdvancedEventSelector>> defaultSelectors;

  StoreChanges(StoreReferences references, SelectorValidation selectorValidation,
      Supplier<List<AdvancedEventSelector>> defaultSelectors) {
    this.references = requireNonNull(references, "references is null");
    this.selectorValidation = requireNonNull(selectorValidation, "selectorValidation is null");
    this.defaultSelectors = requireNonNull(defaultSelectors, "defaultSelectors is null");
  }

  /** A new store with the given ID; its status is ENABLED, or STOPPED_INGESTION when StartIngestion is false. */
  EventDataStore create(CreateStoreRequest request, String id, Instant now) {
    String name = StoreRules.requireValidName(request.name());
    BillingMode billingMode = Objects.requireNonNullElse(request.billingMode(),
        BillingMode.EXTENDABLE_RETENTION_PRICING);
    int retentionPeriod = StoreRules.retentionFor(request.retentionPeriod(), billingMode);
    List<Tag> tags = StoreRules.requireValidTags(Objects.requireNonNullElse(request.tags(), List.of()));
    String kmsKeyId = StoreRules.requireValidKmsKeyId(request.kmsKeyId());
    List<AdvancedEventSelector> selectors = request.advancedEventSelectors();
    if (selectors == null || selectors.isEmpty()) {
      selectors = List.copyOf(defaultSelectors.get());
    }
    Set<EventCategory> categories = validateSelectors(selectors);
    StoreStatus status = isTrueOrAbsent(request.startIngestion()) ? StoreStatus.ENABLED : StoreStatus.STOPPED_INGESTION;
    return new EventDataStore(id, name, references.arnFor(id), status, selectors, categories,
        isTrueOrAbsent(request.multiRegionEnabled()), Boolean.TRUE.equals(request.organizationEnabled()),
        retentionPeriod, isTrueOrAbsent(request.terminationProtectionEnabled()), billingMode, kmsKeyId, tags, now, now,
        null, null);
  }

  /** The store after applying the present members of {@code request}; absent members keep their value. */
  EventDataStore update(EventDataStore current, UpdateStoreRequest request, Instant now) {
    String name = request.name() == null ? current.name() : StoreRules.requireValidName(request.name());
    BillingMode billingMode = billingModeAfter(current, request.billingMode());
    int retentionPeriod = StoreRules.retentionFor(
        Objects.requireNonNullElse(request.retentionPeriod(), current.retentionPeriod()), billingMode);
    String kmsKeyId = kmsKeyIdAfter(current, request.kmsKeyId());
    List<AdvancedEventSelector> selectors = current.advancedEventSelectors();
    Set<EventCategory> categories = current.categories();
    if (request.advancedEventSelectors() != null) {
      selectors = request.advancedEventSelectors();
      if (selectors.isEmpty()) {
        throw LakeException.of(INVALID_EVENT_SELECTORS, "AdvancedEventSelectors is empty; give at least one "
            + "selector, or omit the member to keep the current selectors of '%s'.", current.name());
      }
      categories = validateSelectors(selectors);
      StoreRules.requireSameCategoryFamily(current.categories(), categories, current.name());
    }
    return new EventDataStore(current.id(), name, current.arn(), current.status(), selectors, categories,
        Objects.requireNonNullElse(request.multiRegionEnabled(), current.multiRegionEnabled()),
        Objects.requireNonNullElse(request.organizationEnabled(), current.organizationEnabled()), retentionPeriod,
        Objects.requireNonNullElse(request.terminationProtectionEnabled(), current.terminationProtectionEnabled()),
        billingMode, kmsKeyId, current.tags(), current.createdTimestamp(), now, current.pendingDeletionSince(),
        current.statusBeforeDeletion());
  }

  private Set<EventCategory> validateSelectors(List<AdvancedEventSelector> selectors) {
    Set<EventCategory> categories = selectorValidation.validate(selectors);
    if (categories == null || categories.isEmpty()) {
      throw LakeException.of(INVALID_EVENT_SELECTORS, "The advanced event selectors select no event category; add "
          + "a field selector eventCategory Equals one of Management, Data, NetworkActivity, Insight, "
          + "ConfigurationItem, Evidence or ActivityAuditLog.");
    }
    return categories;
  }

  private static BillingMode billingModeAfter(EventDataStore current, BillingMode requested) {
    if (requested == null) {
      return current.billingMode();
    }
    if (current.billingMode() == BillingMode.EXTENDABLE_RETENTION_PRICING
        && requested == BillingMode.FIXED_RETENTION_PRICING) {
      throw LakeException.of(INVALID_PARAMETER, "BillingMode of '%s' cannot change from EXTENDABLE_RETENTION_PRICING "
          + "to FIXED_RETENTION_PRICING; only FIXED to EXTENDABLE is allowed. Stop ingestion and create a new event "
          + "data store with FIXED_RETENTION_PRICING instead.", current.name());
    }
    return requested;
  }

  private static String kmsKeyIdAfter(EventDataStore current, String requested) {
    if (requested == null) {
      return current.kmsKeyId();
    }
    StoreRules.requireValidKmsKeyId(requested);
    if (current.kmsKeyId() != null && !current.kmsKeyId().equals(requested)) {
      throw LakeException.of(INVALID_PARAMETER, "Event data store '%s' is already encrypted with KMS key '%s'; a KMS "
          + "key cannot be changed or removed once set. Omit KmsKeyId or pass the current key.", current.name(),
          current.kmsKeyId());
    }
    return requested;
  }

  private static boolean isTrueOrAbsent(Boolean value) {
    return value == null || value;
  }
}
