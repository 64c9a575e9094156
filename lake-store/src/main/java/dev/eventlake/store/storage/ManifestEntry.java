package dev.eventlake.store.storage;

import java.time.Instant;
import java.util.List;

/**
 * One line of a store's append-only manifest: files that became part of the store, files that left it, the
 * sources the commit covers (for idempotent imports and WAL replay), why, and the hash of the previous line so
 * the chain shows any edit or removal of history.
 */
public record ManifestEntry(
    long sequence,
    Action action,
    Instant committedAt,
    List<FileEntry> added,
    List<FileEntry> removed,
    List<String> sources,
    String reason,
    String previousEntrySha256) {

  public ManifestEntry {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    sources = List.copyOf(sources);
  }

  /** What a manifest line does to the store's file set. */
  public enum Action {
    /** New events were committed. */
    ADD,
    /** Small files were rewritten into larger ones with identical contents. */
    COMPACT,
    /** Files were removed by retention. */
    REMOVE
  }
}
