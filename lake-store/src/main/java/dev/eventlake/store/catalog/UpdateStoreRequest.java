package dev.eventlake.store.catalog;

import dev.eventlake.store.selector.AdvancedEventSelector;
import java.util.List;
import java.util.stream.Stream;

/**
 * The members of {@code UpdateEventDataStore}: the store (ARN, ID or name) and the members to change. A null member
 * keeps the current value; at least one must be present.
 */
public record UpdateStoreRequest(
    String storeReference,
    String name,
    List<AdvancedEventSelector> advancedEventSelectors,
    Boolean multiRegionEnabled,
    Boolean organizationEnabled,
    Integer retentionPeriod,
    Boolean terminationProtectionEnabled,
    String kmsKeyId,
    BillingMode billingMode) {

  public UpdateStoreRequest {
    advancedEventSelectors = RequestLists.copyOrNull(advancedEventSelectors, "AdvancedEventSelectors");
  }

  /** True when at least one member besides the store reference is present. */
  public boolean hasChanges() {
    return Stream.of(name, advancedEventSelectors, multiRegionEnabled, organizationEnabled, retentionPeriod,
            terminationProtectionEnabled, kmsKeyId, billingMode)
        .anyMatch(member -> member != null);
  }
}
