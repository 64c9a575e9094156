package dev.eventlake.retention;

import static java.util.Objects.requireNonNull;

import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.RetentionBoundary;
import dev.eventlake.store.storage.FileEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What one sweep did (or, in a dry run, would do) to one store.
 *
 * @param boundary the retention boundary applied; null for a store pending deletion
 * @param files the files removed, or every file of a purged store
 * @param unflushedEvents write-ahead-log events past retention (flushed, then removed with their files), or every
 *     such event of a purged store
 * @param leftoversDeleted files an earlier, interrupted removal had recorded but not yet deleted
 * @param purgeableFrom for a store pending deletion, the end of its restore window; null otherwise
 * @param failure why the store could not be swept; null unless the outcome is {@link Outcome#FAILED}
 */
public record StoreSweep(String storeId, String storeName, Outcome outcome, RetentionBoundary boundary,
    List<FileEntry> files, long unflushedEvents, int leftoversDeleted, Instant purgeableFrom, String failure) {

  public StoreSweep {
    requireNonNull(storeId, "storeId is null");
    requireNonNull(storeName, "storeName is null");
    requireNonNull(outcome, "outcome is null");
    files = List.copyOf(files);
  }

  /** What a sweep found for a store. */
  public enum Outcome {
    /** Every file holds an event inside retention; nothing to remove. */
    NOTHING_EXPIRED,
    /** Files whose every event is past retention (are to be) removed. */
    FILES_EXPIRED,
    /** Pending deletion for 7 days: the store (is to be) purged entirely. */
    PURGED,
    /** Pending deletion, but still restorable; left untouched. */
    RESTORABLE,
    /** The sweep of this store failed; the next sweep tries again. */
    FAILED
  }

  static StoreSweep expiry(EventDataStore store, RetentionBoundary boundary, List<FileEntry> files,
      long unflushedEvents, int leftoversDeleted) {
    Outcome outcome = files.isEmpty() && unflushedEvents == 0 ? Outcome.NOTHING_EXPIRED : Outcome.FILES_EXPIRED;
    return new StoreSweep(store.id(), store.name(), outcome, boundary, files, unflushedEvents, leftoversDeleted,
        null, null);
  }

  static StoreSweep restorable(EventDataStore store, Instant purgeableFrom) {
    return new StoreSweep(store.id(), store.name(), Outcome.RESTORABLE, null, List.of(), 0, 0, purgeableFrom, null);
  }

  static StoreSweep purge(EventDataStore store, Instant purgeableFrom, List<FileEntry> files, long unflushedEvents) {
    return new StoreSweep(store.id(), store.name(), Outcome.PURGED, null, files, unflushedEvents, 0, purgeableFrom,
        null);
  }

  static StoreSweep failed(EventDataStore store, String failure) {
    return new StoreSweep(store.id(), store.name(), Outcome.FAILED, null, List.of(), 0, 0, null, failure);
  }

  /** Events in {@link #files()}. */
  public long events() {
    return files.stream().mapToLong(FileEntry::events).sum();
  }

  /** The oldest eventTime in {@link #files()}; null when there are none. */
  public Instant firstEventTime() {
    return files.stream().map(FileEntry::minEventTime).min(Comparator.naturalOrder()).orElse(null);
  }

  /** The newest eventTime in {@link #files()}; null when there are none. */
  public Instant lastEventTime() {
    return files.stream().map(FileEntry::maxEventTime).max(Comparator.naturalOrder()).orElse(null);
  }
}
