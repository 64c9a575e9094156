package dev.eventlake.store.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds log files under the paths given to an import: whole {@code AWSLogs/…} trees, plain folders or single
 * files. Files whose delivery day ({@link LogFileNames#deliveryDay}) cannot hold events of the import's window are
 * left out before they are opened. Files come back in delivery order ({@link LogFileNames#deliveryTime}, then the
 * path), not path order: an AWSLogs tree is laid out by account and region first, and importing it in that order
 * would spread every commit over all days, writing many small files into every day partition instead of a few
 * large ones.
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
    for (Path file : inDeliveryOrder(files)) {
      Optional<LocalDate> day = deliveryDay(file);
      if (day.isEmpty() || range.mayContainDeliveryDay(day.get())) {
        selected.add(new LogFile(file, file.toAbsolutePath().getParent()));
      }
    }
    return selected;
  }

  /** Sorted by delivery time, then by path. */
  private static List<Path> inDeliveryOrder(TreeSet<Path> files) {
    List<Map.Entry<String, Path>> keyed = new ArrayList<>(files.size());
    files.forEach(file -> keyed.add(Map.entry(LogFileNames.deliveryTime(file.toAbsolutePath().toString()), file)));
    keyed.sort(Map.Entry.<String, Path>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    return keyed.stream().map(Map.Entry::getValue).toList();
  }

  private static boolean looksLikeLog(Path file) {
    return LogFileNames.looksLikeLog(file.getFileName().toString());
  }

  /** The delivery day encoded in the file name, else in the folder path, if any. */
  static Optional<LocalDate> deliveryDay(Path file) {
    return LogFileNames.deliveryDay(file.toAbsolutePath().toString());
  }
}
