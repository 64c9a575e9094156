package dev.eventlake.api.cli;

import dev.eventlake.retention.StoreSweep;
import dev.eventlake.retention.SweepReport;

/** The readable form of a retention sweep: one line per store. */
final class SweepText {
  private SweepText() {}

  static String describe(SweepReport sweep) {
    StringBuilder text = new StringBuilder(String.format("Retention sweep as of %s%s%n", sweep.evaluatedAt(),
        sweep.dryRun() ? " (dry run: nothing was changed)" : ""));
    if (sweep.stores().isEmpty()) {
      text.append("No event data stores.");
    }
    for (StoreSweep store : sweep.stores()) {
      text.append(store.storeName()).append(": ").append(line(store, sweep.dryRun()))
          .append(System.lineSeparator());
    }
    return text.toString().stripTrailing();
  }

  private static String line(StoreSweep store, boolean dryRun) {
    String removed = String.format("%,d files, %,d events", store.files().size(), store.events());
    if (dryRun && store.unflushedEvents() > 0) {
      removed += String.format(" and %,d events from the write-ahead log", store.unflushedEvents());
    }
    return switch (store.outcome()) {
      case NOTHING_EXPIRED -> "nothing past retention" + rule(store);
      case FILES_EXPIRED -> (dryRun ? "would remove " : "removed ") + removed + range(store) + rule(store);
      case PURGED -> (dryRun ? "would purge the store, " : "purged the store, ") + removed
          + " (pending deletion; the restore window ended " + store.purgeableFrom() + ")";
      case RESTORABLE -> "pending deletion, restorable until " + store.purgeableFrom() + "; left untouched";
      case FAILED -> "FAILED: " + store.failure();
    };
  }

  private static String range(StoreSweep store) {
    return store.firstEventTime() == null ? ""
        : String.format(" (eventTime %s to %s)", store.firstEventTime(), store.lastEventTime());
  }

  private static String rule(StoreSweep store) {
    return String.format("; RetentionPeriod %d days keeps events from %s on", store.boundary().retentionDays(),
        store.boundary().oldestRetained());
  }
}
