package dev.eventlake.store.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds log files under the paths given to an import: whole {@code AWSLogs/…} trees, plain folders or single
 * files. Files whose delivery day ({@link LogFileNames#deliveryDay}) cannot hold events of the import's window are
 * left out before they are opened.
 */
final class LogFileScanner {
  /** One file to import and the folder ("prefix") it belongs to. */
  record LogFile(Path path, Path prefix) {}

  List<LogFile> scan(List<Path> roots, ImportRange range) throws IOException {
    TreeSet<Path> files = new TreeSet<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile).filter(LogFileScanner::looksLikeLog).forEach(files::add);
        }
      } else if (Files.isRegularFile(root)) {
        files.add(root);
      } else {
        throw new java.nio.file.NoSuchFileException(root.toString(), null, "no such file or folder");
      }
    }
    List<LogFile> selected = new ArrayList<>();
    for (Path file : files) {
      Optional<LocalDate> day = deliveryDay(file);
      if (day.isEmpty() || range.mayContainDeliveryDay(day.get())) {
        selected.add(new LogFile(file, file.toAbsolutePath().getParent()));
      }
    }
    return selected;
  }

  private static boolean looksLikeLog(Path file) {
    return LogFileNames.looksLikeLog(file.getFileName().toString());
  }

  /** The delivery day encoded in the file name, else in the folder path, if any. */
  static Optional<LocalDate> deliveryDay(Path file) {
    return LogFileNames.deliveryDay(file.toAbsolutePath().toString());
  }
}
