package dev.eventlake.retention;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One sweep over every store: the clock time it was evaluated at, whether it was a dry run (nothing changed), and
 * what it did to each store.
 */
public record SweepReport(Instant evaluatedAt, boolean dryRun, List<StoreSweep> stores) {
  public SweepReport {
    requireNonNull(evaluatedAt, "evaluatedAt is null");
    stores = List.copyOf(stores);
  }

  /** Files removed over all stores (or, in a dry run, that would be). */
  public long files() {
    return stores.stream().mapToLong(store -> store.files().size()).sum();
  }

  /** Events in those files. */
  public long events() {
    return stores.stream().mapToLong(StoreSweep::events).sum();
  }

  /** True when no store failed. */
  public boolean succeeded() {
    return stores.stream().noneMatch(store -> store.outcome() == StoreSweep.Outcome.FAILED);
  }
}
