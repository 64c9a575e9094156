package dev.eventlake.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-tree helpers: sizes on disk and recursive deletion. */
public final class Folders {
  private Folders() {}

  /** Total size of the regular files under {@code root} whose name ends with {@code suffix}. */
  public static long bytes(Path root, String suffix) throws IOException {
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(suffix))
          .mapToLong(Folders::size).sum();
    }
  }

  /** Deletes {@code root} and everything under it; nothing happens when it does not exist. */
  public static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
