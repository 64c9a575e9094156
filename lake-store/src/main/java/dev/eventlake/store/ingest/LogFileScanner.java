package dev.eventlake.store.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds log files under the paths given to an import: whole {@code AWSLogs/…} trees, plain folders or single
 * files. Files whose delivery day (from the {@code YYYY/MM/DD} folders or the {@code _YYYYMMDDTHHmmZ_} file-name
 * stamp) cannot hold events of the import's window are left out before they are opened. Files come back in
 * delivery order (the file-name stamp, else the date folders, then the path), not path order: an AWSLogs tree is
 * laid out by account and region first, and importing it in that order would spread every commit over all days,
 * writing many small files into every day partition instead of a few large ones.
 */
final class LogFileScanner {
  private static final Pattern FILE_STAMP = Pattern.compile("_(\\d{4})(\\d{2})(\\d{2})T\\d{4}Z");
  private static final Pattern FOLDER_DATE = Pattern.compile("(?:^|/)(\\d{4})/(\\d{2})/(\\d{2})(?:/|$)");
  private static final Pattern FILE_TIME = Pattern.compile("_(\\d{8}T\\d{4})Z");

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

  /** Sorted by delivery time (yyyyMMddTHHmm from the file name, else the folder date), then by path. */
  private static List<Path> inDeliveryOrder(TreeSet<Path> files) {
    List<Map.Entry<String, Path>> keyed = new ArrayList<>(files.size());
    files.forEach(file -> keyed.add(Map.entry(deliveryTime(file), file)));
    keyed.sort(Map.Entry.<String, Path>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    return keyed.stream().map(Map.Entry::getValue).toList();
  }

  private static String deliveryTime(Path file) {
    Matcher stamp = FILE_TIME.matcher(file.getFileName().toString());
    String time = null;
    while (stamp.find()) {
      time = stamp.group(1);
    }
    if (time != null) {
      return time;
    }
    return deliveryDay(file).map(day -> day.toString().replace("-", "") + "T0000").orElse("");
  }

  private static boolean looksLikeLog(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && (name.endsWith(".json") || name.endsWith(".json.gz")
        || name.endsWith(".ndjson") || name.endsWith(".ndjson.gz") || name.endsWith(".jsonl")
        || name.endsWith(".jsonl.gz"));
  }

  /** The delivery day encoded in the file name, else in the folder path, if any. */
  static Optional<LocalDate> deliveryDay(Path file) {
    Optional<LocalDate> fromName = date(FILE_STAMP.matcher(file.getFileName().toString()));
    if (fromName.isPresent()) {
      return fromName;
    }
    return date(FOLDER_DATE.matcher(file.toAbsolutePath().toString().replace('\\', '/')));
  }

  private static Optional<LocalDate> date(Matcher matcher) {
    Optional<LocalDate> last = Optional.empty();
    while (matcher.find()) {
      try {
        last = Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3))));
      } catch (java.time.DateTimeException | NumberFormatException notADate) {
        // keep looking; a folder named like a date that is not one is just a folder
      }
    }
    return last;
  }
}
