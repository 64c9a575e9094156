package dev.eventlake.query.engine;

import dev.eventlake.query.sql.PreparedQuery;
import dev.eventlake.query.sql.TableReferences;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves the tables a statement names to event data stores before it is planned, so an unknown store and one
 * pending deletion get CloudTrail's own errors rather than a generic "object not found".
 */
final class StoreReferences {
  private final StoreCatalog catalog;

  StoreReferences(StoreCatalog catalog) {
    this.catalog = catalog;
  }

  /** The IDs of the stores {@code prepared} reads. */
  Set<String> resolve(PreparedQuery prepared) {
    Set<String> ids = new LinkedHashSet<>();
    for (String name : TableReferences.of(prepared)) {
      EventDataStore store = find(name);
      if (store.isPendingDeletion()) {
        throw LakeException.of(ErrorCode.INACTIVE_EVENT_DATA_STORE, "Event data store %s is pending deletion and "
            + "cannot be queried; restore it first (RestoreEventDataStore).", name);
      }
      ids.add(store.id());
    }
    return ids;
  }

  /** Exact ID or name first, then (as SQL identifiers are case-insensitive) ignoring case. */
  private EventDataStore find(String name) {
    try {
      return catalog.resolve(name);
    } catch (LakeException notExact) {
      String lower = name.toLowerCase(Locale.ROOT);
      return catalog.list().stream()
          .filter(store -> store.id().equals(lower) || store.name().equalsIgnoreCase(name))
          .findFirst().orElseThrow(() -> LakeException.of(ErrorCode.EVENT_DATA_STORE_NOT_FOUND,
              "The query reads '%s', but no event data store has that ID or name.", name));
    }
  }
}
