package dev.eventlake.api.wire;

import dev.eventlake.retention.StoreSweep;
import dev.eventlake.retention.SweepReport;
import dev.eventlake.store.storage.FileEntry;
import java.time.Instant;
import java.util.List;

/** A retention sweep as the command line prints it; times in ISO-8601, null where they do not apply. */
public record SweepWire(String evaluatedAt, boolean dryRun, long files, long events, List<StoreSweepWire> stores) {

  /** One store's part of the sweep. */
  public record StoreSweepWire(String storeId, String name, String outcome, Integer retentionPeriod,
      String oldestRetainedEventTime, long events, String firstEventTime, String lastEventTime, long unflushedEvents,
      int leftoversDeleted, String purgeableFrom, String failure, List<FileWire> files) {}

  /** One removed (or purged) data file. */
  public record FileWire(String path, long events, String minEventTime, String maxEventTime) {}

  public static SweepWire fromDomain(SweepReport report) {
    return new SweepWire(report.evaluatedAt().toString(), report.dryRun(), report.files(), report.events(),
        report.stores().stream().map(SweepWire::store).toList());
  }

  private static StoreSweepWire store(StoreSweep store) {
    boolean bounded = store.boundary() != null;
    return new StoreSweepWire(store.storeId(), store.storeName(), store.outcome().name(),
        bounded ? store.boundary().retentionDays() : null,
        bounded ? text(store.boundary().oldestRetained()) : null, store.events(), text(store.firstEventTime()),
        text(store.lastEventTime()), store.unflushedEvents(), store.leftoversDeleted(), text(store.purgeableFrom()),
        store.failure(), store.files().stream().map(SweepWire::file).toList());
  }

  private static FileWire file(FileEntry file) {
    return new FileWire(file.path(), file.events(), text(file.minEventTime()), text(file.maxEventTime()));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
