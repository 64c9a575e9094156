package dev.eventlake.query.scan;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.storage.FileEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * A consistent view of one store to scan: its live Parquet files (paths relative to {@code storeDirectory}) and
 * the events accepted into its write-ahead log but not yet in a file.
 */
public record ScanSource(Path storeDirectory, List<FileEntry> files, List<CloudTrailEvent> unflushedEvents) {
  public ScanSource {
    files = List.copyOf(files);
    unflushedEvents = List.copyOf(unflushedEvents);
  }
}
