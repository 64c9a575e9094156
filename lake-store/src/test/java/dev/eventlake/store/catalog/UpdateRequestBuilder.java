package dev.eventlake.store.catalog;

import dev.eventlake.store.selector.AdvancedEventSelector;
import java.util.List;

/** Fluent construction of {@link UpdateStoreRequest}s in tests; unset members stay null. */
final class UpdateRequestBuilder {
  private final String storeReference;
  private String name;
  private List<AdvancedEventSelector> selectors;
  private Boolean multiRegionEnabled;
  private Boolean organizationEnabled;
  private Integer retentionPeriod;
  private Boolean terminationProtectionEnabled;
  private String kmsKeyId;
  private BillingMode billingMode;

  private UpdateRequestBuilder(String storeReference) {
    this.storeReference = storeReference;
  }

  static UpdateRequestBuilder updateOf(String storeReference) {
    return new UpdateRequestBuilder(storeReference);
  }

  UpdateRequestBuilder name(String newName) {
    this.name = newName;
    return this;
  }

  UpdateRequestBuilder selectors(List<AdvancedEventSelector> newSelectors) {
    this.selectors = newSelectors;
    return this;
  }

  UpdateRequestBuilder multiRegionEnabled(boolean enabled) {
    this.multiRegionEnabled = enabled;
    return this;
  }

  UpdateRequestBuilder organizationEnabled(boolean enabled) {
    this.organizationEnabled = enabled;
    return this;
  }

  UpdateRequestBuilder retentionPeriod(int days) {
    this.retentionPeriod = days;
    return this;
  }

  UpdateRequestBuilder terminationProtectionEnabled(boolean enabled) {
    this.terminationProtectionEnabled = enabled;
    return this;
  }

  UpdateRequestBuilder kmsKeyId(String keyId) {
    this.kmsKeyId = keyId;
    return this;
  }

  UpdateRequestBuilder billingMode(BillingMode mode) {
    this.billingMode = mode;
    return this;
  }

  UpdateStoreRequest build() {
    return new UpdateStoreRequest(storeReference, name, selectors, multiRegionEnabled, organizationEnabled,
        retentionPeriod, terminationProtectionEnabled, kmsKeyId, billingMode);
  }
}
