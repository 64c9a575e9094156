package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;

import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.storage.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The per-installation secret that signs page tokens: 32 random bytes created once, readable by the owner only
 * where the file system has POSIX permissions, and kept across restarts so tokens stay valid.
 */
final class TokenKeyFile {
  private static final int KEY_BYTES = 32;

  private TokenKeyFile() {}

  /** The key in {@code file}, created when the file does not exist yet. */
  static byte[] loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      byte[] key = Files.readAllBytes(file);
      if (key.length != KEY_BYTES) {
        throw new IOException("it holds " + key.length + " bytes instead of " + KEY_BYTES);
      }
      return key;
    } catch (IOException failure) {
      throw new LakeException(INTERNAL_FAILURE, "The page-token key " + file + " cannot be read or created ("
          + failure.getMessage() + "); delete it to create a new one (open NextTokens become invalid).", failure);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    Path directory = file.toAbsolutePath().getParent();
    AtomicFiles.createDirectoryDurably(directory);
    AtomicFiles.deleteTemporaryFiles(file);
    Path temporary = directory.resolve(file.getFileName() + ".new.tmp");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(temporary);
    }
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(key));
      channel.force(true);
    }
    AtomicFiles.moveDurably(temporary, file);
  }
}
