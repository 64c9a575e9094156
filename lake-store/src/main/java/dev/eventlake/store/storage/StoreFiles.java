package dev.eventlake.store.storage;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.storage.ManifestEntry.Action;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The files of one event data store under {@code <data-dir>/stores/<id>/}: Hive-style day partitions of Parquet
 * files sorted by eventTime, plus the manifest that says which files are committed. A commit writes and fsyncs
 * staged files, appends the manifest line (the commit point), then renames the files into their partitions.
 * {@link StoreRecovery} finishes or discards whatever a crash interrupted, so readers only ever see committed,
 * complete files.
 */
public final class StoreFiles {
  static final String STAGING_DIRECTORY = "_staging";
  static final String STAGED_SUFFIX = ".staged";
  private static final Comparator<CloudTrailEvent> BY_TIME = Comparator.comparing(CloudTrailEvent::eventTime);

  private final Path directory;
  private final StorageConfig config;
  private final Clock clock;
  private final StoreManifest manifest;
  private final EventFileWriter writer;
  private final WriteAheadLog wal;
  private final List<CloudTrailEvent> walEvents = new ArrayList<>();

  private StoreFiles(Path directory, StorageConfig config, Clock clock, StoreManifest manifest) throws IOException {
    this.directory = directory;
    this.config = config;
    this.clock = clock;
    this.manifest = manifest;
    this.writer = new EventFileWriter(config);
    this.wal = new WriteAheadLog(directory);
  }

  /**
   * Opens the store directory, creating it if needed and recovering from any interrupted commit: staged files
   * are published or dropped, and live events left in the write-ahead log are committed.
   */
  public static StoreFiles open(Path directory, StorageConfig config, Clock clock) throws IOException {
    AtomicFiles.createDirectoryDurably(directory);
    StoreManifest manifest = StoreManifest.open(directory);
    new StoreRecovery(directory, manifest).recover();
    StoreFiles files = new StoreFiles(directory, config, clock, manifest);
    files.replayWriteAheadLog();
    return files;
  }

  /**
   * Accepts live events: when this returns they are fsynced in the write-ahead log and survive any crash. They
   * reach Parquet once enough have gathered, on {@link #flush()}, or on the next open after a crash.
   */
  public synchronized void append(List<CloudTrailEvent> events) throws IOException {
    if (events.isEmpty()) {
      return;
    }
    appendWithoutFlush(events);
    flushWhenFull();
  }

  /** Commits the write-ahead log to Parquet when enough events have gathered there, as {@link #append} does. */
  public synchronized void flushWhenFull() throws IOException {
    if (walEvents.size() >= config.walFlushEvents()) {
      flush();
    }
  }

  /** Appends to the write-ahead log, durably, without flushing; {@link #undo} takes it back. */
  synchronized void appendWithoutFlush(List<CloudTrailEvent> events) throws IOException {
    wal.append(events.stream().map(CloudTrailEvent::eventJson).toList());
    walEvents.addAll(events);
  }

  /** Takes back the last unacknowledged append of {@code count} events, truncating the log to {@code mark}. */
  synchronized void undo(long mark, int count) throws IOException {
    wal.truncate(mark);
    walEvents.subList(walEvents.size() - count, walEvents.size()).clear();
  }

  /** The write-ahead log's mark, for undoing an append that failed part-way. */
  synchronized long walMark() throws IOException {
    return wal.mark();
  }

  /** Commits every event waiting in the write-ahead log to Parquet. */
  public synchronized void flush() throws IOException {
    String segment = wal.seal();
    if (segment == null) {
      return;
    }
    commit(walEvents, List.of(walSource(segment)));
    walEvents.clear();
    wal.delete(segment);
  }

  /** Events accepted live but not yet in Parquet (the query engine reads these too). */
  public synchronized List<CloudTrailEvent> unflushedEvents() {
    return List.copyOf(walEvents);
  }

  /** The live files and the not-yet-flushed events at one instant, so a reader sees each event exactly once. */
  public synchronized StoreSnapshot snapshot() {
    return new StoreSnapshot(manifest.liveFiles(), List.copyOf(walEvents));
  }

  private void replayWriteAheadLog() throws IOException {
    dev.eventlake.store.event.EventMapper mapper =
        new dev.eventlake.store.event.EventMapper(new dev.eventlake.store.event.EventJson());
    for (String segment : wal.segments()) {
      if (!manifest.containsSource(walSource(segment))) {
        List<CloudTrailEvent> events = new ArrayList<>();
        for (String record : wal.read(segment)) {
          try {
            events.add(mapper.map(record));
          } catch (dev.eventlake.store.event.RecordRejectedException impossible) {
            throw new IOException("write-ahead log " + segment + " holds a record that no longer maps", impossible);
          }
        }
        commit(events, List.of(walSource(segment)));
      }
      wal.delete(segment);
    }
  }

  private static String walSource(String segment) {
    return "wal:" + segment;
  }

  public Path directory() {
    return directory;
  }

  public StoreManifest manifest() {
    return manifest;
  }

  public List<FileEntry> liveFiles() {
    return manifest.liveFiles();
  }

  public long eventCount() {
    return manifest.liveFiles().stream().mapToLong(FileEntry::events).sum();
  }

  /**
   * Durably commits {@code events} as new files, one or more per UTC day, recording {@code sources} so the same
   * source is never committed twice. Returns the files written. A batch with sources but no events still records
   * the sources (e.g. a log file whose events the store does not select), so they are skipped next time.
   */
  public synchronized List<FileEntry> commit(List<CloudTrailEvent> events, List<String> sources) throws IOException {
    if (events.isEmpty() && sources.isEmpty()) {
      return List.of();
    }
    List<FileEntry> files = writeStaged(events);
    appendAndPublish(Action.ADD, files, List.of(), sources, null);
    return files;
  }

  /** True when a commit already covered {@code source}. */
  public boolean isCommitted(String source) {
    return manifest.containsSource(source);
  }

  /** Writes each day of {@code events} to staged files, sorted by eventTime. */
  List<FileEntry> writeStaged(List<CloudTrailEvent> events) throws IOException {
    Map<LocalDate, List<CloudTrailEvent>> days = new TreeMap<>();
    for (CloudTrailEvent event : events) {
      days.computeIfAbsent(event.eventDate(), day -> new ArrayList<>()).add(event);
    }
    Path staging = directory.resolve(STAGING_DIRECTORY);
    AtomicFiles.createDirectoryDurably(staging);
    List<FileEntry> files = new ArrayList<>();
    for (Map.Entry<LocalDate, List<CloudTrailEvent>> day : days.entrySet()) {
      List<CloudTrailEvent> sorted = new ArrayList<>(day.getValue());
      sorted.sort(BY_TIME);
      for (int from = 0; from < sorted.size(); from += config.maxEventsPerFile()) {
        List<CloudTrailEvent> part = sorted.subList(from, Math.min(sorted.size(), from + config.maxEventsPerFile()));
        String relativePath = partitionName(day.getKey()) + "/part-" + UUID.randomUUID() + ".parquet";
        files.add(writer.write(stagedPath(relativePath), relativePath, part));
      }
    }
    AtomicFiles.fsyncDirectory(staging);
    return files;
  }

  /** Appends the manifest line (the commit point), then moves staged files in and drops removed ones. */
  synchronized void appendAndPublish(Action action, List<FileEntry> added, List<FileEntry> removed,
      List<String> sources, String reason) throws IOException {
    appendEntry(action, added, removed, sources, reason);
    for (FileEntry file : added) {
      Path target = directory.resolve(file.path());
      AtomicFiles.createDirectoryDurably(target.getParent());
      AtomicFiles.moveDurably(stagedPath(file.path()), target);
    }
    for (FileEntry file : removed) {
      Files.deleteIfExists(directory.resolve(file.path()));
    }
  }

  /** Appends one manifest line stamped with this store's clock; the files themselves are left as they are. */
  synchronized void appendEntry(Action action, List<FileEntry> added, List<FileEntry> removed, List<String> sources,
      String reason) throws IOException {
    manifest.append(new ManifestEntry(manifest.nextSequence(), action, clock.instant(), added, removed, sources,
        reason, manifest.lastLineSha256()));
  }

  Path stagedPath(String relativePath) {
    return stagedPath(directory, relativePath);
  }

  static Path stagedPath(Path storeDirectory, String relativePath) {
    return storeDirectory.resolve(STAGING_DIRECTORY)
        .resolve(relativePath.replace('/', '_') + STAGED_SUFFIX);
  }

  static String partitionName(LocalDate day) {
    return "event_date=" + day;
  }
}
