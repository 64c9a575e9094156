package dev.eventlake.api.auth;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes secrets to files only their owner can read, atomically, so a crash leaves the old or the new content. */
public final class OwnerOnlyFiles {
  private OwnerOnlyFiles() {}

  public static void write(Path file, byte[] content) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Path temporary = posix
        ? Files.createTempFile(directory, file.getFileName().toString(), ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
    try {
      Files.write(temporary, content);
      try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
