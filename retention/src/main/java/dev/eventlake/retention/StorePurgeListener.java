package dev.eventlake.retention;

import dev.eventlake.store.catalog.EventDataStore;

/**
 * What else must go when a store is purged; the server wires the query history here, so that retention does not
 * depend on the query engine.
 */
@FunctionalInterface
public interface StorePurgeListener {
  /** Nothing else to purge. */
  StorePurgeListener NONE = store -> { };

  /**
   * Called before the store's files and catalog entry are deleted. Must be idempotent: a purge cut short runs again
   * on the next sweep, calling this again.
   */
  void beforePurge(EventDataStore store);
}
