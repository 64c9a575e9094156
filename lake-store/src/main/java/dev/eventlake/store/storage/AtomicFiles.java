package dev.eventlake.store.storage;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Crash-safe whole-file replacement: a reader sees either the old or the new content, never a torn file.
 *
 * <p>Temporary files are named {@code <target-name>.<uuid>.tmp} in the target's directory; a crash can leave one
 * behind, which {@link #deleteTemporaryFiles(Path)} removes.
 */
public final class AtomicFiles {
  private static final String TEMPORARY_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code content}: writes a temporary sibling, forces it to disk, renames it over the
   * target atomically and finally fsyncs the directory so the rename itself is durable.
   *
   * @param target the file to create or replace; its parent directories are created when missing
   * @param content the complete new content
   * @throws IOException when the content could not be made durable; the target then still holds its old content
   */
  public static void writeAtomically(Path target, byte[] content) throws IOException {
    requireNonNull(target, "target is null");
    requireNonNull(content, "content is null");
    Path absoluteTarget = target.toAbsolutePath();
    Path directory = absoluteTarget.getParent();
    Files.createDirectories(directory);
    Path temporary = directory.resolve(temporaryPrefix(absoluteTarget) + UUID.randomUUID() + TEMPORARY_SUFFIX);
    try {
      writeAndForce(temporary, content);
      Files.move(temporary, absoluteTarget, ATOMIC_MOVE, REPLACE_EXISTING);
    } catch (IOException | RuntimeException failure) {
      deleteQuietly(temporary, failure);
      throw failure;
    }
    fsyncDirectory(directory);
  }

  /**
   * Forces a directory's entries (creations, renames, deletions) to disk. Platforms that cannot open a directory as a
   * channel (for example Windows) refuse with an {@link IOException}, which is ignored.
   *
   * @param directory the directory whose entries must become durable
   */
  public static void fsyncDirectory(Path directory) {
    requireNonNull(directory, "directory is null");
    try (FileChannel channel = FileChannel.open(directory, READ)) {
      channel.force(true);
    } catch (IOException refused) {
      // Not supported on this platform or file system; the rename is as durable as the platform allows.
    }
  }

  /** Renames {@code source} to {@code target} atomically and makes the rename itself durable. */
  public static void moveDurably(Path source, Path target) throws IOException {
    Files.move(source, target, ATOMIC_MOVE, REPLACE_EXISTING);
    fsyncDirectory(target.toAbsolutePath().getParent());
  }

  /** Creates {@code directory} (and parents) and makes its entry in the parent durable. */
  public static void createDirectoryDurably(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory);
      fsyncDirectory(directory.toAbsolutePath().getParent());
    }
  }

  /**
   * Deletes the temporary files a crashed {@link #writeAtomically} may have left next to {@code target}.
   *
   * @param target the file whose leftover temporary siblings are removed
   * @return how many leftover files were deleted
   * @throws IOException when the directory cannot be listed or a leftover cannot be deleted
   */
  public static int deleteTemporaryFiles(Path target) throws IOException {
    requireNonNull(target, "target is null");
    Path absoluteTarget = target.toAbsolutePath();
    Path directory = absoluteTarget.getParent();
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    String prefix = temporaryPrefix(absoluteTarget);
    DirectoryStream.Filter<Path> isLeftover = path -> isTemporaryName(path.getFileName().toString(), prefix);
    int deleted = 0;
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, isLeftover)) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
        deleted++;
      }
    }
    if (deleted > 0) {
      fsyncDirectory(directory);
    }
    return deleted;
  }

  private static void writeAndForce(Path temporary, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(temporary, CREATE_NEW, WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static String temporaryPrefix(Path absoluteTarget) {
    return absoluteTarget.getFileName() + ".";
  }

  private static boolean isTemporaryName(String fileName, String prefix) {
    return fileName.startsWith(prefix)
        && fileName.endsWith(TEMPORARY_SUFFIX)
        && fileName.length() > prefix.length() + TEMPORARY_SUFFIX.length();
  }

  private static void deleteQuietly(Path temporary, Exception failure) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException cleanupFailure) {
      failure.addSuppressed(cleanupFailure);
    }
  }
}
