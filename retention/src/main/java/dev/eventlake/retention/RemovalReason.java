package dev.eventlake.retention;

import dev.eventlake.store.catalog.RetentionBoundary;
import dev.eventlake.store.storage.FileEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The reason a retention removal carries in the manifest: the rule, the clock time, and what it removed. */
final class RemovalReason {
  /** Every retention reason starts with this, so that readers of the manifest can tell it apart. */
  static final String PREFIX = "retention";

  private RemovalReason() {}

  static String describe(RetentionBoundary boundary, List<FileEntry> files) {
    long events = files.stream().mapToLong(FileEntry::events).sum();
    Instant first = files.stream().map(FileEntry::minEventTime).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = files.stream().map(FileEntry::maxEventTime).max(Comparator.naturalOrder()).orElseThrow();
    return String.format("%s: RetentionPeriod %d days evaluated at %s keeps events from %s on; removed %d files, "
        + "%d events, eventTime %s to %s", PREFIX, boundary.retentionDays(), boundary.evaluatedAt(),
        boundary.oldestRetained(), files.size(), events, first, last);
  }
}
