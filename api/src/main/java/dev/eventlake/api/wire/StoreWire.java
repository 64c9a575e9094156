package dev.eventlake.api.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventlake.store.catalog.EventDataStore;
import java.util.List;

/** An event data store as the command line prints it, with CloudTrail's member names; times in ISO-8601. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoreWire(
    @JsonProperty("EventDataStoreId") String id,
    @JsonProperty("EventDataStoreArn") String arn,
    @JsonProperty("Name") String name,
    @JsonProperty("Status") String status,
    @JsonProperty("AdvancedEventSelectors") List<SelectorWire> selectors,
    @JsonProperty("MultiRegionEnabled") boolean multiRegionEnabled,
    @JsonProperty("OrganizationEnabled") boolean organizationEnabled,
    @JsonProperty("RetentionPeriod") int retentionPeriod,
    @JsonProperty("TerminationProtectionEnabled") boolean terminationProtectionEnabled,
    @JsonProperty("BillingMode") String billingMode,
    @JsonProperty("CreatedTimestamp") String createdTimestamp,
    @JsonProperty("UpdatedTimestamp") String updatedTimestamp,
    @JsonProperty("PendingDeletionSince") String pendingDeletionSince,
    @JsonProperty("EventCount") Long eventCount) {

  public static StoreWire fromDomain(EventDataStore store, Long eventCount) {
    return new StoreWire(store.id(), store.arn(), store.name(), store.status().name(),
        store.advancedEventSelectors().stream().map(SelectorWire::fromDomain).toList(), store.multiRegionEnabled(),
        store.organizationEnabled(), store.retentionPeriod(), store.terminationProtectionEnabled(),
        store.billingMode().name(), store.createdTimestamp().toString(), store.updatedTimestamp().toString(),
        store.pendingDeletionSince() == null ? null : store.pendingDeletionSince().toString(), eventCount);
  }
}
