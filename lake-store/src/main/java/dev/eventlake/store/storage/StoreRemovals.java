package dev.eventlake.store.storage;

import static java.util.Objects.requireNonNull;

import dev.eventlake.store.storage.ManifestEntry.Action;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes files out of a store in two durable steps: first a REMOVE line in the manifest, the commit point after which
 * no reader sees the files, then the deletion of the files. A removal cut short between the two is finished by
 * deleting the {@link #leftovers()} (or by the recovery that runs when the store is next opened), so the manifest
 * always tells which files left the store and why.
 */
public final class StoreRemovals {
  private final StoreFiles store;

  public StoreRemovals(StoreFiles store) {
    this.store = requireNonNull(store, "store is null");
  }

  /**
   * Records the files of {@code files} that are still live as removed, in one REMOVE entry whose reason
   * {@code reason} writes for exactly those files; files another commit already took out are skipped. Returns the
   * files recorded (empty: nothing was appended).
   */
  public List<FileEntry> record(List<FileEntry> files, Function<List<FileEntry>, String> reason) throws IOException {
    requireNonNull(reason, "reason is null");
    synchronized (store) {
      Set<String> live = store.liveFiles().stream().map(FileEntry::path).collect(Collectors.toSet());
      List<FileEntry> stillLive = files.stream().filter(file -> live.contains(file.path())).toList();
      if (!stillLive.isEmpty()) {
        store.appendEntry(Action.REMOVE, List.of(), stillLive, List.of(), reason.apply(stillLive));
      }
      return stillLive;
    }
  }

  /**
   * Deletes a file the manifest has already removed, then its day partition folder once that is empty.
   *
   * @return false when the file was already gone
   * @throws IllegalArgumentException when the file is still live: only recorded removals are deleted
   */
  public boolean delete(FileEntry file) throws IOException {
    synchronized (store) {
      if (store.liveFiles().stream().anyMatch(live -> live.path().equals(file.path()))) {
        throw new IllegalArgumentException(file.path() + " is still live; record its removal before deleting it");
      }
      Path path = store.directory().resolve(file.path());
      boolean deleted = Files.deleteIfExists(path);
      Path partition = path.getParent();
      if (!partition.equals(store.directory()) && isEmptyDirectory(partition)) {
        Files.delete(partition);
      } else if (deleted) {
        AtomicFiles.fsyncDirectory(partition);
      }
      AtomicFiles.fsyncDirectory(store.directory());
      return deleted;
    }
  }

  /** Files the manifest has removed that are still on disk: a removal or a compaction cut short. */
  public List<FileEntry> leftovers() {
    return store.manifest().removedFiles().stream()
        .filter(file -> Files.exists(store.directory().resolve(file.path())))
        .toList();
  }

  private static boolean isEmptyDirectory(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }
}
