package dev.eventlake.retention;

import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.storage.StoreFiles;
import java.io.IOException;
import java.time.Instant;

/**
 * Purges a store that has been pending deletion for the whole restore window: what the {@link StorePurgeListener}
 * keeps about it (query history and results), then its files, then its catalog entry. Each step can be repeated, and
 * the entry goes last, so a purge cut short is finished by the next sweep. A restorable store is left untouched.
 */
final class StorePurge {
  private final Lake lake;
  private final StorePurgeListener purgeListener;
  private final SweepListener sweepListener;

  StorePurge(Lake lake, StorePurgeListener purgeListener, SweepListener sweepListener) {
    this.lake = lake;
    this.purgeListener = purgeListener;
    this.sweepListener = sweepListener;
  }

  StoreSweep sweep(EventDataStore store, Instant now, boolean dryRun) throws IOException {
    Instant purgeableFrom = store.pendingDeletionSince().plus(StoreCatalog.RESTORE_WINDOW);
    if (now.isBefore(purgeableFrom)) {
      return StoreSweep.restorable(store, purgeableFrom);
    }
    StoreFiles files = lake.files(store);
    StoreSweep purge = StoreSweep.purge(store, purgeableFrom, files.liveFiles(), files.unflushedEvents().size());
    if (!dryRun) {
      lake.catalog().requirePurgeable(store.id());
      purgeListener.beforePurge(store);
      lake.deleteFilesOfPurgedStore(store.id());
      sweepListener.purgedFilesDeleted(store);
      lake.catalog().purge(store.id());
    }
    return purge;
  }
}
