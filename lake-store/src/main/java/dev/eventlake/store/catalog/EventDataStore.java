package dev.eventlake.store.catalog;

import static java.util.Objects.requireNonNull;

import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.EventCategory;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The metadata of one event data store as the catalog keeps it.
 *
 * <p>{@code categories} are the event categories its selectors admit. {@code kmsKeyId} is null when the store uses
 * service-owned encryption. {@code pendingDeletionSince} and {@code statusBeforeDeletion} are set exactly when the
 * status is {@link StoreStatus#PENDING_DELETION}; the latter is the status a restore returns the store to.
 */
public record EventDataStore(
    String id,
    String name,
    String arn,
    StoreStatus status,
    List<AdvancedEventSelector> advancedEventSelectors,
    Set<EventCategory> categories,
    boolean multiRegionEnabled,
    boolean organizationEnabled,
    int retentionPeriod,
    boolean terminationProtectionEnabled,
    BillingMode billingMode,
    String kmsKeyId,
    List<Tag> tags,
    Instant createdTimestamp,
    Instant updatedTimestamp,
    Instant pendingDeletionSince,
    StoreStatus statusBeforeDeletion) {

  public EventDataStore {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(arn, "arn is null");
    requireNonNull(status, "status is null");
    advancedEventSelectors = List.copyOf(requireNonNull(advancedEventSelectors, "advancedEventSelectors is null"));
    categories = copyCategories(requireNonNull(categories, "categories is null"));
    requireNonNull(billingMode, "billingMode is null");
    tags = List.copyOf(requireNonNull(tags, "tags is null"));
    requireNonNull(createdTimestamp, "createdTimestamp is null");
    requireNonNull(updatedTimestamp, "updatedTimestamp is null");
    boolean pending = status == StoreStatus.PENDING_DELETION;
    if (pending != (pendingDeletionSince != null) || pending != (statusBeforeDeletion != null)) {
      throw new IllegalArgumentException("pendingDeletionSince and statusBeforeDeletion must be set exactly when the"
          + " status is PENDING_DELETION; store " + id + " has status " + status);
    }
  }

  /** True while the store is in its 7-day deletion window. */
  public boolean isPendingDeletion() {
    return status == StoreStatus.PENDING_DELETION;
  }

  /** This store with another status, stamped as updated at {@code now}; not for entering or leaving deletion. */
  EventDataStore withStatus(StoreStatus newStatus, Instant now) {
    return new EventDataStore(id, name, arn, newStatus, advancedEventSelectors, categories, multiRegionEnabled,
        organizationEnabled, retentionPeriod, terminationProtectionEnabled, billingMode, kmsKeyId, tags,
        createdTimestamp, now, null, null);
  }

  /** This store with other tags, stamped as updated at {@code now}. */
  EventDataStore withTags(List<Tag> newTags, Instant now) {
    return new EventDataStore(id, name, arn, status, advancedEventSelectors, categories, multiRegionEnabled,
        organizationEnabled, retentionPeriod, terminationProtectionEnabled, billingMode, kmsKeyId, newTags,
        createdTimestamp, now, pendingDeletionSince, statusBeforeDeletion);
  }

  /** This store moved to {@link StoreStatus#PENDING_DELETION} at {@code now}, remembering its current status. */
  EventDataStore markedForDeletion(Instant now) {
    return new EventDataStore(id, name, arn, StoreStatus.PENDING_DELETION, advancedEventSelectors, categories,
        multiRegionEnabled, organizationEnabled, retentionPeriod, terminationProtectionEnabled, billingMode, kmsKeyId,
        tags, createdTimestamp, now, now, status);
  }

  private static Set<EventCategory> copyCategories(Set<EventCategory> categories) {
    if (categories.isEmpty()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(categories));
  }
}
