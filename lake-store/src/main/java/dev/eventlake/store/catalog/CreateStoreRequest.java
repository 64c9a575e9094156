package dev.eventlake.store.catalog;

import dev.eventlake.store.selector.AdvancedEventSelector;
import java.util.List;

/**
 * The members of {@code CreateEventDataStore}. Every member except {@code name} may be null, meaning "use the
 * default": the default management selector, multi-Region on, organization off, the billing mode's default retention,
 * termination protection on, no tags, no KMS key, ingestion started, extendable retention pricing.
 */
public record CreateStoreRequest(
    String name,
    List<AdvancedEventSelector> advancedEventSelectors,
    Boolean multiRegionEnabled,
    Boolean organizationEnabled,
    Integer retentionPeriod,
    Boolean terminationProtectionEnabled,
    List<Tag> tags,
    String kmsKeyId,
    Boolean startIngestion,
    BillingMode billingMode) {

  public CreateStoreRequest {
    advancedEventSelectors = RequestLists.copyOrNull(advancedEventSelectors, "AdvancedEventSelectors");
    tags = RequestLists.copyOrNull(tags, "TagsList");
  }

  /** A request for a store called {@code name} with every other member left at its default. */
  public static CreateStoreRequest named(String name) {
    return new CreateStoreRequest(name, null, null, null, null, null, null, null, null, null);
  }
}
