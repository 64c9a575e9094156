package dev.eventlake.store.channel;

import static dev.eventlake.store.error.ErrorCode.INACTIVE_EVENT_DATA_STORE;
import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;

import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.selector.EventCategory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the destinations of a channel request against the store catalog: each must be an event data store of
 * ActivityAuditLog events that is not pending deletion. Resolved destinations name their store by ARN.
 */
final class ChannelDestinations {
  private final StoreCatalog stores;

  ChannelDestinations(StoreCatalog stores) {
    this.stores = stores;
  }

  /**
   * The destinations with locations replaced by store ARNs.
   *
   * @throws LakeException InvalidParameterException for a malformed list, an AWS_SERVICE destination or a store
   *     given twice; the store catalog's EventDataStoreARNInvalid/NotFound errors; InactiveEventDataStoreException;
   *     InvalidEventDataStoreCategoryException for a store of other events
   */
  List<Destination> resolve(List<Destination> requested) {
    ChannelRules.requireWellFormedDestinations(requested);
    Set<String> arns = new LinkedHashSet<>();
    for (Destination destination : requested) {
      if (destination.type() == DestinationType.AWS_SERVICE) {
        throw LakeException.of(INVALID_PARAMETER, "Destination type AWS_SERVICE ('%s') is only for service-linked "
            + "channels, which AWS services create; deliver to an event data store (EVENT_DATA_STORE) instead.",
            destination.location());
      }
      EventDataStore store = requireActivityStore(destination.location());
      if (!arns.add(store.arn())) {
        throw LakeException.of(INVALID_PARAMETER, "Destinations name event data store '%s' more than once; give "
            + "each store once.", store.name());
      }
    }
    List<Destination> resolved = new ArrayList<>();
    arns.forEach(arn -> resolved.add(Destination.eventDataStore(arn)));
    return resolved;
  }

  private EventDataStore requireActivityStore(String location) {
    EventDataStore store = stores.resolve(location);
    if (store.isPendingDeletion()) {
      throw LakeException.of(INACTIVE_EVENT_DATA_STORE, "Event data store '%s' is pending deletion and cannot be a "
          + "channel destination; restore it first or choose another store.", store.name());
    }
    if (!store.categories().equals(Set.of(EventCategory.ACTIVITY_AUDIT_LOG))) {
      throw LakeException.of(INVALID_EVENT_DATA_STORE_CATEGORY, "Event data store '%s' logs %s events; a channel "
          + "can only deliver to stores whose selector is eventCategory = ActivityAuditLog.", store.name(),
          store.categories().stream().map(EventCategory::wireName).sorted().toList());
    }
    return store;
  }
}
