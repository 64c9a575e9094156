package dev.eventlake.api.delivery;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import dev.eventlake.store.storage.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A query's folder under a {@code file://} destination. The destination folder itself must exist (as a bucket must);
 * the {@code AWSLogs/…} folders below it are created. Each file is copied beside its final name, forced to disk and
 * renamed into place.
 */
final class FolderTarget implements DeliveryTarget {
  private final Path folder;
  private final String location;

  private FolderTarget(Path folder, String location) {
    this.folder = folder;
    this.location = location;
  }

  /** A target below the existing folder {@code destination}. */
  static FolderTarget open(Path destination, String destinationUri, String relativeFolder) throws IOException {
    Path folder = destination.resolve(relativeFolder);
    Files.createDirectories(folder);
    String base = destinationUri.endsWith("/") ? destinationUri : destinationUri + "/";
    return new FolderTarget(folder, base + relativeFolder);
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public void put(String name, Path file) throws IOException {
    Path staged = folder.resolve(name + ".partial");
    Files.copy(file, staged, REPLACE_EXISTING);
    try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    AtomicFiles.moveDurably(staged, folder.resolve(name));
  }

  @Override
  public void put(String name, byte[] content) throws IOException {
    AtomicFiles.writeAtomically(folder.resolve(name), content);
  }

  @Override
  public void close() {
    // nothing held open
  }
}
