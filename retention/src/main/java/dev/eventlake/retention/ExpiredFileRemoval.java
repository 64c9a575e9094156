package dev.eventlake.retention;

import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.RetentionBoundary;
import dev.eventlake.store.storage.FileEntry;
import dev.eventlake.store.storage.StoreFiles;
import dev.eventlake.store.storage.StoreRemovals;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Removes the files of one store whose every event is past retention. A file is judged by its newest event, so a
 * file straddling the boundary (and, with skewed clocks, any file holding a later event) stays until wholly expired.
 * The removal is recorded in the manifest first and the files are deleted after, so a sweep cut short anywhere
 * leaves a consistent store, and the next sweep deletes what the manifest already recorded.
 */
final class ExpiredFileRemoval {
  private final Lake lake;
  private final SweepListener listener;

  ExpiredFileRemoval(Lake lake, SweepListener listener) {
    this.lake = lake;
    this.listener = listener;
  }

  StoreSweep sweep(EventDataStore store, Instant now, boolean dryRun) throws IOException {
    StoreFiles files = lake.files(store);
    StoreRemovals removals = new StoreRemovals(files);
    int leftoversDeleted = dryRun ? 0 : deleteLeftovers(removals);
    RetentionBoundary boundary = RetentionBoundary.of(store, now);
    long expiredUnflushed = files.unflushedEvents().stream()
        .filter(event -> !boundary.retains(event.eventTime()))
        .count();
    if (expiredUnflushed > 0 && !dryRun) {
      files.flush();
    }
    List<FileEntry> expired = files.liveFiles().stream()
        .filter(file -> !boundary.retains(file.maxEventTime()))
        .toList();
    if (dryRun || expired.isEmpty()) {
      return StoreSweep.expiry(store, boundary, expired, expiredUnflushed, leftoversDeleted);
    }
    List<FileEntry> recorded = removals.record(expired, removed -> RemovalReason.describe(boundary, removed));
    listener.removalRecorded(store, recorded);
    for (FileEntry file : recorded) {
      removals.delete(file);
      listener.fileDeleted(store, file);
    }
    return StoreSweep.expiry(store, boundary, recorded, expiredUnflushed, leftoversDeleted);
  }

  /** Finishes removals an earlier sweep recorded but was stopped before deleting; returns how many files. */
  private static int deleteLeftovers(StoreRemovals removals) throws IOException {
    int deleted = 0;
    for (FileEntry leftover : removals.leftovers()) {
      if (removals.delete(leftover)) {
        deleted++;
      }
    }
    return deleted;
  }
}
