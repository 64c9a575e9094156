package dev.eventlake.store.storage;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import dev.eventlake.store.event.RecordRejectedException;
import dev.eventlake.store.storage.ManifestEntry.Action;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rewrites the small files of a day partition (many small live commits, many small imports) into large ones
 * with identical rows, recorded in the manifest as one COMPACT entry that adds the new files and removes the old
 * ones. The old files are deleted only after that entry is durable.
 */
public final class StoreCompactor {
  private final StoreFiles store;
  private final StorageConfig config;
  private final EventMapper mapper = new EventMapper(new EventJson());

  public StoreCompactor(StoreFiles store, StorageConfig config) {
    this.store = store;
    this.config = config;
  }

  /** What one compaction run did. */
  public record Result(int partitionsCompacted, int filesRemoved, int filesAdded, long events) {}

  /** Compacts every partition holding at least {@code compactionMinFiles} small files. */
  public Result compact() throws IOException {
    int partitions = 0;
    int removed = 0;
    int added = 0;
    long events = 0;
    for (List<FileEntry> smallFiles : smallFilesByPartition().values()) {
      if (smallFiles.size() >= config.compactionMinFiles()) {
        List<FileEntry> written = rewrite(smallFiles);
        partitions++;
        removed += smallFiles.size();
        added += written.size();
        events += written.stream().mapToLong(FileEntry::events).sum();
      }
    }
    return new Result(partitions, removed, added, events);
  }

  private Map<String, List<FileEntry>> smallFilesByPartition() {
    Map<String, List<FileEntry>> byPartition = new TreeMap<>();
    for (FileEntry file : store.liveFiles()) {
      if (file.bytes() < config.smallFileBytes()) {
        String partition = file.path().substring(0, file.path().indexOf('/'));
        byPartition.computeIfAbsent(partition, key -> new ArrayList<>()).add(file);
      }
    }
    return byPartition;
  }

  private List<FileEntry> rewrite(List<FileEntry> files) throws IOException {
    List<CloudTrailEvent> events = new ArrayList<>();
    for (FileEntry file : files) {
      for (String record : EventJsonReader.read(store.directory().resolve(file.path()))) {
        try {
          events.add(mapper.map(record));
        } catch (RecordRejectedException impossible) {
          throw new IOException("committed file " + file.path() + " holds a record that no longer maps", impossible);
        }
      }
    }
    synchronized (store) {
      List<FileEntry> written = store.writeStaged(events);
      store.appendAndPublish(Action.COMPACT, written, files, List.of(),
          "compacted " + files.size() + " small files into " + written.size());
      return written;
    }
  }
}
