package dev.eventlake.store.storage;

import dev.eventlake.store.event.CloudTrailEvent;
import java.util.List;

/** A store's live files and its events still in the write-ahead log, taken together at one instant. */
public record StoreSnapshot(List<FileEntry> files, List<CloudTrailEvent> unflushedEvents) {
  public StoreSnapshot {
    files = List.copyOf(files);
    unflushedEvents = List.copyOf(unflushedEvents);
  }
}
