package dev.eventlake.store.catalog;

import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_ALREADY_EXISTS;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_NOT_FOUND;
import static dev.eventlake.store.error.ErrorCode.EVENT_DATA_STORE_TERMINATION_PROTECTED;
import static dev.eventlake.store.error.ErrorCode.INACTIVE_EVENT_DATA_STORE;
import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_DATA_STORE_STATUS;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static java.util.Objects.requireNonNull;

import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.selector.AdvancedEventSelector;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The catalog of event data stores of one account and Region, with CloudTrail Lake's lifecycle rules.
 *
 * <p>Every method is thread-safe, and every mutation is durable in {@code <data-dir>/catalog/stores.json} before it
 * returns; when persisting fails, the catalog is left unchanged. References accept the store ARN, ID or name.
 */
public final class StoreCatalog {
  /** How long a deleted store can be restored. */
  public static final Duration RESTORE_WINDOW = Duration.ofDays(7);

  private final CatalogConfig config;
  private final StoreReferences references;
  private final StoreChanges changes;
  private final DeletionGuard deletionGuard;
  private final CatalogFile file;
  private Map<String, EventDataStore> storesById;

  /** A catalog whose deletions no other component can veto. */
  public StoreCatalog(CatalogConfig config, SelectorValidation selectorValidation,
      Supplier<List<AdvancedEventSelector>> defaultSelectors) {
    this(config, selectorValidation, defaultSelectors, DeletionGuard.NONE);
  }

  /**
   * Opens the catalog in {@code config.catalogDirectory()}, deleting temporary files a crash left behind.
   *
   * @param selectorValidation checks selectors and names their categories (production: SelectorValidator::validate)
   * @param defaultSelectors selectors of stores created without any (production: SelectorValidator::defaultSelectors)
   * @param deletionGuard a veto on deletions, e.g. while a channel still targets the store
   * @throws LakeException with {@code INTERNAL_FAILURE} when an existing catalog file cannot be read
   */
  public StoreCatalog(CatalogConfig config, SelectorValidation selectorValidation,
      Supplier<List<AdvancedEventSelector>> defaultSelectors, DeletionGuard deletionGuard) {
    this.config = requireNonNull(config, "config is null");
    this.references = new StoreReferences(config.region(), config.accountId());
    this.changes = new StoreChanges(references, selectorValidation, defaultSelectors);
    this.deletionGuard = requireNonNull(deletionGuard, "deletionGuard is null");
    this.file = new CatalogFile(config.catalogDirectory());
    this.storesById = new LinkedHashMap<>();
    for (EventDataStore store : file.load()) {
      storesById.put(store.id(), store);
    }
  }

  /** Creates a store; its status is ENABLED, or STOPPED_INGESTION when the request sets StartIngestion to false. */
  public synchronized EventDataStore create(CreateStoreRequest request) {
    requireNonNull(request, "request is null");
    EventDataStore store = changes.create(request, UUID.randomUUID().toString(), config.clock().instant());
    requireUniqueName(store.name(), null);
    if (storesById.size() >= config.maxEventDataStores()) {
      throw LakeException.of(EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED, "Account %s already has %d event data stores in "
          + "%s, the maximum; stores pending deletion count until they are removed 7 days after deletion. Delete an "
          + "unused store or reuse an existing one.", config.accountId(), storesById.size(), config.region());
    }
    return commit(store);
  }

  /** The store with this ARN, ID or name; same as {@link #resolve(String)}. */
  public EventDataStore get(String reference) {
    return resolve(reference);
  }

  /** Every store, pending deletion included, in creation order. */
  public synchronized List<EventDataStore> list() {
    return List.copyOf(storesById.values());
  }

  /**
   * Finds a store by ARN, ID or name. An ID takes precedence over a name; an ARN matches IDs only.
   *
   * @throws LakeException {@code EventDataStoreARNInvalidException} for a malformed reference or an ARN of another
   *     account or Region, {@code EventDataStoreNotFoundException} when no store matches
   */
  public synchronized EventDataStore resolve(String reference) {
    StoreReferences.Lookup lookup = references.parse(reference);
    EventDataStore byId = storesById.get(lookup.key());
    if (byId != null) {
      return byId;
    }
    if (!lookup.idOnly()) {
      for (EventDataStore store : storesById.values()) {
        if (store.name().equals(lookup.key())) {
          return store;
        }
      }
    }
    throw LakeException.of(EVENT_DATA_STORE_NOT_FOUND, "No event data store '%s' exists in account %s, Region %s; "
        + "pass the ARN, ID or name of an existing store (see ListEventDataStores).", reference, config.accountId(),
        config.region());
  }

  /** Applies the present members of the request to a store that is not pending deletion. */
  public synchronized EventDataStore update(UpdateStoreRequest request) {
    requireNonNull(request, "request is null");
    if (!request.hasChanges()) {
      throw LakeException.of(INVALID_PARAMETER, "UpdateEventDataStore needs at least one member to change besides "
          + "EventDataStore: Name, AdvancedEventSelectors, MultiRegionEnabled, OrganizationEnabled, RetentionPeriod, "
          + "TerminationProtectionEnabled, KmsKeyId or BillingMode.");
    }
    EventDataStore current = resolve(request.storeReference());
    requireNotPendingDeletion(current, "updated");
    EventDataStore updated = changes.update(current, request, config.clock().instant());
    requireUniqueName(updated.name(), current.id());
    return commit(updated);
  }

  /** Replaces the tags of a store that is not pending deletion (AddTags and RemoveTags compute the new list). */
  public synchronized EventDataStore replaceTags(String reference, List<Tag> tags) {
    EventDataStore current = resolve(reference);
    if (current.isPendingDeletion()) {
      throw LakeException.of(INACTIVE_EVENT_DATA_STORE, "Event data store '%s' is pending deletion; restore it "
          + "before changing its tags.", current.name());
    }
    return commit(current.withTags(StoreRules.requireValidTags(tags), config.clock().instant()));
  }

  /** Moves an unprotected store to PENDING_DELETION; it can be restored for {@link #RESTORE_WINDOW}. */
  public synchronized EventDataStore delete(String reference) {
    EventDataStore current = resolve(reference);
    requireNotPendingDeletion(current, "deleted again");
    if (current.terminationProtectionEnabled()) {
      throw LakeException.of(EVENT_DATA_STORE_TERMINATION_PROTECTED, "Event data store '%s' has termination "
          + "protection enabled; call UpdateEventDataStore with TerminationProtectionEnabled=false, then delete it.",
          current.name());
    }
    deletionGuard.verifyDeletable(current);
    return commit(current.markedForDeletion(config.clock().instant()));
  }

  /** Brings a store pending deletion back to the status it had before, within {@link #RESTORE_WINDOW}. */
  public synchronized EventDataStore restore(String reference) {
    EventDataStore current = resolve(reference);
    if (!current.isPendingDeletion()) {
      throw LakeException.of(INVALID_EVENT_DATA_STORE_STATUS, "Event data store '%s' has status %s; only stores "
          + "in PENDING_DELETION can be restored.", current.name(), current.status().wireName());
    }
    Instant now = config.clock().instant();
    Instant deadline = current.pendingDeletionSince().plus(RESTORE_WINDOW);
    if (!now.isBefore(deadline)) {
      throw LakeException.of(INVALID_EVENT_DATA_STORE_STATUS, "Event data store '%s' was deleted at %s; the 7-day "
          + "restore window ended at %s, so it can no longer be restored. Create a new event data store instead.",
          current.name(), current.pendingDeletionSince(), deadline);
    }
    return commit(current.withStatus(current.statusBeforeDeletion(), now));
  }

  /**
   * Forgets a store whose restore window has ended, for good: afterwards it is unknown
   * ({@code EventDataStoreNotFoundException}) and no longer counts toward the quota. Delete its files first.
   *
   * @throws LakeException {@code InvalidEventDataStoreStatusException} unless {@link #requirePurgeable} passes
   */
  public synchronized void purge(String storeId) {
    EventDataStore purged = requirePurgeable(storeId);
    Map<String, EventDataStore> next = new LinkedHashMap<>(storesById);
    next.remove(purged.id());
    file.save(next.values());
    storesById = next;
  }

  /**
   * The store with this ID when it has been pending deletion for the whole {@link #RESTORE_WINDOW}, so it can no
   * longer be restored and may be purged.
   *
   * @throws LakeException {@code EventDataStoreNotFoundException} for an unknown ID,
   *     {@code InvalidEventDataStoreStatusException} for a store that is not pending deletion or still restorable
   */
  public synchronized EventDataStore requirePurgeable(String storeId) {
    EventDataStore current = resolve(storeId);
    if (!current.isPendingDeletion()) {
      throw LakeException.of(INVALID_EVENT_DATA_STORE_STATUS, "Event data store '%s' has status %s; only stores "
          + "pending deletion for 7 days are purged.", current.name(), current.status().wireName());
    }
    Instant deadline = current.pendingDeletionSince().plus(RESTORE_WINDOW);
    if (config.clock().instant().isBefore(deadline)) {
      throw LakeException.of(INVALID_EVENT_DATA_STORE_STATUS, "Event data store '%s' can be restored until %s; it "
          + "is purged only after that.", current.name(), deadline);
    }
    return current;
  }

  /** Moves a STOPPED_INGESTION store of Management, Data, NetworkActivity or ConfigurationItem events to ENABLED. */
  public synchronized EventDataStore startIngestion(String reference) {
    return changeIngestion(reference, "StartEventDataStoreIngestion", StoreStatus.STOPPED_INGESTION,
        StoreStatus.ENABLED);
  }

  /** Moves an ENABLED store of Management, Data, NetworkActivity or ConfigurationItem events to STOPPED_INGESTION. */
  public synchronized EventDataStore stopIngestion(String reference) {
    return changeIngestion(reference, "StopEventDataStoreIngestion", StoreStatus.ENABLED,
        StoreStatus.STOPPED_INGESTION);
  }

  private EventDataStore changeIngestion(String reference, String operation, StoreStatus required,
      StoreStatus target) {
    EventDataStore current = resolve(reference);
    StoreRules.requireIngestionControllable(current, operation);
    if (current.status() != required) {
      throw LakeException.of(INVALID_EVENT_DATA_STORE_STATUS, "%s needs event data store '%s' to have status %s; "
          + "it has status %s.", operation, current.name(), required.wireName(), current.status().wireName());
    }
    return commit(current.withStatus(target, config.clock().instant()));
  }

  private void requireNotPendingDeletion(EventDataStore store, String action) {
    if (store.isPendingDeletion()) {
      throw LakeException.of(INACTIVE_EVENT_DATA_STORE, "Event data store '%s' is pending deletion since %s and "
          + "cannot be %s; restore it with RestoreEventDataStore first.", store.name(), store.pendingDeletionSince(),
          action);
    }
  }

  private void requireUniqueName(String name, String exceptId) {
    for (EventDataStore store : storesById.values()) {
      if (store.name().equals(name) && !store.id().equals(exceptId)) {
        throw LakeException.of(EVENT_DATA_STORE_ALREADY_EXISTS, "An event data store named '%s' already exists "
            + "(%s, status %s); choose another name.", name, store.arn(), store.status().wireName());
      }
    }
  }

  private EventDataStore commit(EventDataStore store) {
    Map<String, EventDataStore> next = new LinkedHashMap<>(storesById);
    next.put(store.id(), store);
    file.save(next.values());
    storesById = next;
    return store;
  }
}
