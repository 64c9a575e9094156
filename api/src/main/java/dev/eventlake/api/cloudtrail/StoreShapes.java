package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.wire.SelectorWire;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.Tag;
import java.time.Instant;
import java.util.List;

/** Wire shapes (inputs and outputs) of the event data store operations, members as CloudTrail names them. */
public final class StoreShapes {
  private StoreShapes() {}

  /** CreateEventDataStore input. */
  public record CreateInput(String name, List<SelectorWire> advancedEventSelectors, Boolean multiRegionEnabled,
      Boolean organizationEnabled, Integer retentionPeriod, Boolean terminationProtectionEnabled,
      List<TagShape> tagsList, String kmsKeyId, Boolean startIngestion, String billingMode) {}

  /** UpdateEventDataStore input. */
  public record UpdateInput(String eventDataStore, String name, List<SelectorWire> advancedEventSelectors,
      Boolean multiRegionEnabled, Boolean organizationEnabled, Integer retentionPeriod,
      Boolean terminationProtectionEnabled, String kmsKeyId, String billingMode) {}

  /** The input of operations that name one store: Get, Delete, Restore, Start/StopEventDataStoreIngestion. */
  public record StoreInput(String eventDataStore) {}

  /** ListEventDataStores input. */
  public record ListInput(String nextToken, Integer maxResults) {}

  /** A tag: {@code Key} and optional {@code Value}. */
  public record TagShape(String key, String value) {
    static TagShape of(Tag tag) {
      return new TagShape(tag.key(), tag.value());
    }

    Tag toDomain() {
      return new Tag(key, value);
    }
  }

  /** A partition key of GetEventDataStore: how the store's files are laid out. */
  public record PartitionKey(String name, String type) {}

  /** The store as Create/Get/Update/RestoreEventDataStore return it. */
  public record StoreOutput(String eventDataStoreArn, String name, String status,
      List<SelectorWire> advancedEventSelectors, Boolean multiRegionEnabled, Boolean organizationEnabled,
      Integer retentionPeriod, Boolean terminationProtectionEnabled, List<TagShape> tagsList, Instant createdTimestamp,
      Instant updatedTimestamp, String kmsKeyId, String billingMode, String federationStatus,
      List<PartitionKey> partitionKeys) {

    static StoreOutput of(EventDataStore store, boolean withTags, boolean withDetails) {
      return new StoreOutput(store.arn(), store.name(), store.status().name(),
          store.advancedEventSelectors().stream().map(SelectorWire::fromDomain).toList(), store.multiRegionEnabled(),
          store.organizationEnabled(), store.retentionPeriod(), store.terminationProtectionEnabled(),
          withTags ? store.tags().stream().map(TagShape::of).toList() : null, store.createdTimestamp(),
          store.updatedTimestamp(), store.kmsKeyId(), store.billingMode().name(), withDetails ? "DISABLED" : null,
          withDetails ? List.of(new PartitionKey("eventdate", "date")) : null);
    }
  }

  /** One item of ListEventDataStores (the deprecated members are filled too, as CloudTrail still does). */
  public record StoreSummary(String eventDataStoreArn, String name, Boolean terminationProtectionEnabled,
      String status, List<SelectorWire> advancedEventSelectors, Boolean multiRegionEnabled,
      Boolean organizationEnabled, Integer retentionPeriod, Instant createdTimestamp, Instant updatedTimestamp) {

    static StoreSummary of(EventDataStore store) {
      return new StoreSummary(store.arn(), store.name(), store.terminationProtectionEnabled(), store.status().name(),
          store.advancedEventSelectors().stream().map(SelectorWire::fromDomain).toList(), store.multiRegionEnabled(),
          store.organizationEnabled(), store.retentionPeriod(), store.createdTimestamp(), store.updatedTimestamp());
    }
  }

  /** ListEventDataStores output. */
  public record ListOutput(List<StoreSummary> eventDataStores, String nextToken) {}
}
