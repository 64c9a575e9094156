package dev.eventlake.retention;

import static java.util.Objects.requireNonNull;

import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces retention over every store of a lake, as of its clock: removes the files whose every event is past the
 * store's retention period (whole day partitions, as files never span two days) and purges stores pending deletion
 * for 7 days. Every removal is recorded in the store's manifest before any file is deleted, so a sweep cut short at
 * any point is finished by the next one. A store that fails is reported and retried next time; the others go on.
 */
public final class RetentionSweeper {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);

  private final Lake lake;
  private final Clock clock;
  private final ExpiredFileRemoval expiry;
  private final StorePurge purge;

  /**
   * A sweeper over {@code lake}, evaluating retention on {@code config}'s clock.
   *
   * @param purgeListener forgets what other modules keep about a purged store (the server: its query history)
   * @param sweepListener observes each durable step (tests use it to cut a sweep short)
   */
  public RetentionSweeper(Lake lake, RetentionConfig config, StorePurgeListener purgeListener,
      SweepListener sweepListener) {
    this.lake = requireNonNull(lake, "lake is null");
    this.clock = requireNonNull(config, "config is null").clock();
    this.expiry = new ExpiredFileRemoval(lake, requireNonNull(sweepListener, "sweepListener is null"));
    this.purge = new StorePurge(lake, requireNonNull(purgeListener, "purgeListener is null"), sweepListener);
  }

  /** A sweeper whose steps nobody observes. */
  public RetentionSweeper(Lake lake, RetentionConfig config, StorePurgeListener purgeListener) {
    this(lake, config, purgeListener, SweepListener.NONE);
  }

  /** Sweeps every store now; with {@code dryRun} nothing changes and the report tells what would. */
  public synchronized SweepReport sweep(boolean dryRun) {
    Instant now = clock.instant();
    List<StoreSweep> stores = new ArrayList<>();
    for (EventDataStore store : lake.catalog().list()) {
      stores.add(sweep(store, now, dryRun));
    }
    return new SweepReport(now, dryRun, stores);
  }

  private StoreSweep sweep(EventDataStore store, Instant now, boolean dryRun) {
    try {
      return store.isPendingDeletion() ? purge.sweep(store, now, dryRun) : expiry.sweep(store, now, dryRun);
    } catch (IOException | RuntimeException failure) {
      LOG.warn("Retention sweep of event data store {} ({}) failed; the next sweep retries it", store.name(),
          store.id(), failure);
      return StoreSweep.failed(store, failure.toString());
    }
  }
}
