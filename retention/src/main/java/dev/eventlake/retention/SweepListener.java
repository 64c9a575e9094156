package dev.eventlake.retention;

import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.storage.FileEntry;
import java.util.List;

/**
 * Observes the durable steps of a sweep, e.g. for progress logs or, in tests, to cut a sweep short between two steps
 * (throwing an {@link Error} here stops the sweep as a crash would).
 */
public interface SweepListener {
  /** Observes nothing. */
  SweepListener NONE = new SweepListener() { };

  /** The manifest now records {@code files} as removed; none of them has been deleted yet. */
  default void removalRecorded(EventDataStore store, List<FileEntry> files) { }

  /** One recorded file was deleted from disk. */
  default void fileDeleted(EventDataStore store, FileEntry file) { }

  /** A purged store's files are gone; its catalog entry is not, yet. */
  default void purgedFilesDeleted(EventDataStore store) { }
}
