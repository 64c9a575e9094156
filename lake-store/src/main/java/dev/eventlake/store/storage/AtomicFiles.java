package dev.eventlake.store.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Crash-safe file primitives: whole-file atomic replacement and directory fsync. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Replaces {@code target} with {@code content} so that a reader sees the old or the new file, never a mix. */
  public static void writeAtomically(Path target, byte[] content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = directory.resolve(target.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    moveDurably(temporary, target);
  }

  /** Renames {@code source} to {@code target} atomically and makes the rename itself durable. */
  public static void moveDurably(Path source, Path target) throws IOException {
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    fsyncDirectory(target.toAbsolutePath().getParent());
  }

  /** Flushes a directory's entries (new, renamed, deleted files) to disk; a no-op where the OS refuses. */
  public static void fsyncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException refused) {
      if (!Files.isDirectory(directory)) {
        throw new IOException("not a directory: " + directory, refused);
      }
    }
  }

  /** Creates {@code directory} (and parents) and makes its entry in the parent durable. */
  public static void createDirectoryDurably(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory);
      fsyncDirectory(directory.toAbsolutePath().getParent());
    }
  }
}
