package dev.eventlake.store.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a log file's name and path tell before it is opened: whether it looks like a log at all, and the day it was
 * delivered, from the {@code _YYYYMMDDTHHmmZ_} stamp in its name or the {@code YYYY/MM/DD} folders above it. Works
 * on file paths and object-store keys alike ({@code /}-separated).
 */
public final class LogFileNames {
  private static final Pattern FILE_STAMP = Pattern.compile("_(\\d{4})(\\d{2})(\\d{2})T\\d{4}Z");
  private static final Pattern FOLDER_DATE = Pattern.compile("(?:^|/)(\\d{4})/(\\d{2})/(\\d{2})(?:/|$)");
  private static final Pattern FILE_TIME = Pattern.compile("_(\\d{8}T\\d{4})Z");

  private LogFileNames() {}

  /** Whether a file name has a log extension (.json, .ndjson, .jsonl, each optionally .gz) and is not hidden. */
  public static boolean looksLikeLog(String fileName) {
    return !fileName.startsWith(".") && (fileName.endsWith(".json") || fileName.endsWith(".json.gz")
        || fileName.endsWith(".ndjson") || fileName.endsWith(".ndjson.gz") || fileName.endsWith(".jsonl")
        || fileName.endsWith(".jsonl.gz"));
  }

  /** The delivery day encoded in the last segment of {@code path}, else in its folders, if any. */
  public static Optional<LocalDate> deliveryDay(String path) {
    String slashed = path.replace('\\', '/');
    String fileName = slashed.substring(slashed.lastIndexOf('/') + 1);
    Optional<LocalDate> fromName = date(FILE_STAMP.matcher(fileName));
    if (fromName.isPresent()) {
      return fromName;
    }
    return date(FOLDER_DATE.matcher(slashed));
  }

  /**
   * A key that sorts files by delivery: {@code yyyyMMddTHHmm} from the file-name stamp, else the delivery day at
   * midnight, else empty (first).
   */
  public static String deliveryTime(String path) {
    String slashed = path.replace('\\', '/');
    Matcher stamp = FILE_TIME.matcher(slashed.substring(slashed.lastIndexOf('/') + 1));
    String time = null;
    while (stamp.find()) {
      time = stamp.group(1);
    }
    if (time != null) {
      return time;
    }
    return deliveryDay(slashed).map(day -> day.toString().replace("-", "") + "T0000").orElse("");
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
