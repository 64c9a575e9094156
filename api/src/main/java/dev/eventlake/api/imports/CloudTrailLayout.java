package dev.eventlake.api.imports;

import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.LogFileNames;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folder layout trails deliver to: {@code AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<file>}, or with an
 * organization ID before the account. When a source has an {@code AWSLogs} folder only these trees are imported, so
 * digest files, Config snapshots and the like are left alone.
 */
final class CloudTrailLayout {
  static final String LOGS_FOLDER = "AWSLogs";
  private static final Pattern TRAIL_TREE = Pattern.compile("^AWSLogs/(?:o-[a-z0-9]+/)?\\d{12}/CloudTrail/.+");

  private CloudTrailLayout() {}

  /** Whether a path relative to the {@code AWSLogs} folder's parent lies in a trail's log tree. */
  static boolean inTrailTree(String relativePath) {
    return TRAIL_TREE.matcher(relativePath.replace('\\', '/')).matches();
  }

  /** Whether {@code path} names a log file whose delivery day (if it has one) may hold events of {@code range}. */
  static boolean selected(String path, ImportRange range) {
    String slashed = path.replace('\\', '/');
    if (!LogFileNames.looksLikeLog(slashed.substring(slashed.lastIndexOf('/') + 1))) {
      return false;
    }
    Optional<LocalDate> day = LogFileNames.deliveryDay(slashed);
    return day.isEmpty() || range.mayContainDeliveryDay(day.get());
  }
}
