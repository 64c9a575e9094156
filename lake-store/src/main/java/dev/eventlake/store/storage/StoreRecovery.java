package dev.eventlake.store.storage;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings a store directory in line with its manifest after a crash: committed files still in staging are moved
 * in, files a later commit removed are deleted, uncommitted staged files are dropped, and any Parquet file the
 * manifest does not know is moved to {@code _quarantine} so no reader ever sees it.
 */
final class StoreRecovery {
  private static final String QUARANTINE_DIRECTORY = "_quarantine";

  private final Path directory;
  private final StoreManifest manifest;

  StoreRecovery(Path directory, StoreManifest manifest) {
    this.directory = directory;
    this.manifest = manifest;
  }

  void recover() throws IOException {
    Set<String> live = new HashSet<>();
    for (FileEntry file : manifest.liveFiles()) {
      live.add(file.path());
      finishPublishing(file);
    }
    for (ManifestEntry entry : manifest.entries()) {
      for (FileEntry removed : entry.removed()) {
        if (!live.contains(removed.path())) {
          Files.deleteIfExists(directory.resolve(removed.path()));
        }
      }
    }
    discardStaging();
    quarantineUnknown(live);
  }

  private void finishPublishing(FileEntry file) throws IOException {
    Path target = directory.resolve(file.path());
    if (Files.exists(target)) {
      return;
    }
    Path staged = StoreFiles.stagedPath(directory, file.path());
    if (!Files.exists(staged)) {
      throw new LakeException(ErrorCode.INTERNAL_FAILURE, "committed file " + target
          + " is missing and was not found in staging either; the store directory was changed outside Eventlake");
    }
    AtomicFiles.createDirectoryDurably(target.getParent());
    AtomicFiles.moveDurably(staged, target);
  }

  private void discardStaging() throws IOException {
    Path staging = directory.resolve(StoreFiles.STAGING_DIRECTORY);
    if (!Files.isDirectory(staging)) {
      return;
    }
    try (Stream<Path> leftovers = Files.list(staging)) {
      for (Path leftover : leftovers.toList()) {
        Files.deleteIfExists(leftover);
      }
    }
    AtomicFiles.fsyncDirectory(staging);
  }

  private void quarantineUnknown(Set<String> live) throws IOException {
    List<Path> unknown;
    try (Stream<Path> files = Files.walk(directory, 2)) {
      unknown = files.filter(path -> path.getFileName().toString().endsWith(".parquet"))
          .filter(path -> path.getParent().getFileName().toString().startsWith("event_date="))
          .filter(path -> !live.contains(directory.relativize(path).toString().replace('\\', '/')))
          .toList();
    }
    for (Path file : unknown) {
      Path quarantine = directory.resolve(QUARANTINE_DIRECTORY);
      AtomicFiles.createDirectoryDurably(quarantine);
      AtomicFiles.moveDurably(file, quarantine.resolve(file.getParent().getFileName() + "_" + file.getFileName()));
    }
  }
}
