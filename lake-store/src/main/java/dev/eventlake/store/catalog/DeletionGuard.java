package dev.eventlake.store.catalog;

/**
 * A veto other components hold over deleting an event data store, for example the api layer raising
 * {@code ChannelExistsForEDSException} while a channel still delivers to the store.
 */
@FunctionalInterface
public interface DeletionGuard {
  /** The guard that never objects. */
  DeletionGuard NONE = store -> {};

  /**
   * Called with the store about to be deleted, after the catalog's own checks passed and before anything changes.
   *
   * @param store the store as it is now
   * @throws dev.eventlake.store.error.LakeException to refuse the deletion
   */
  void verifyDeletable(EventDataStore store);
}
