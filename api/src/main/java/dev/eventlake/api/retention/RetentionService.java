package dev.eventlake.api.retention;

import static java.util.Objects.requireNonNull;

import dev.eventlake.query.service.QueryService;
import dev.eventlake.retention.RetentionConfig;
import dev.eventlake.retention.RetentionScheduler;
import dev.eventlake.retention.RetentionSweeper;
import dev.eventlake.retention.SweepReport;
import dev.eventlake.retention.StoreSweep;
import dev.eventlake.store.Lake;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention for a running Eventlake: every {@code sweepInterval} it sweeps every store (expired files out, stores
 * past their restore window purged together with their query history) and deletes query results and history 7 days
 * after their query finished. {@link #start()} begins the periodic runs, {@link #close()} ends them.
 */
public final class RetentionService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

  private final RetentionSweeper sweeper;
  private final QueryService queries;
  private final RetentionScheduler scheduler;

  /** Retention over {@code lake}, purging and expiring the query history kept by {@code queries}. */
  public RetentionService(Lake lake, QueryService queries, RetentionConfig config) {
    this.queries = requireNonNull(queries, "queries is null");
    this.sweeper = new RetentionSweeper(lake, config, store -> queries.forgetStore(store.id()));
    this.scheduler = new RetentionScheduler(config.sweepInterval(), List.of(this::sweepAndLog, queries::expire));
  }

  /** Starts the periodic runs; the first sweep begins at once, on a background thread. */
  public void start() {
    scheduler.start();
  }

  /**
   * One sweep now, on the calling thread, followed (unless {@code dryRun}) by the expiry of old query results.
   * Returns what the sweep did, or would do.
   */
  public SweepReport runOnce(boolean dryRun) {
    SweepReport report = sweeper.sweep(dryRun);
    if (!dryRun) {
      queries.expire();
    }
    return report;
  }

  /** Stops the periodic runs, letting a run in progress finish. */
  @Override
  public void close() {
    scheduler.close();
  }

  private void sweepAndLog() {
    SweepReport report = sweeper.sweep(false);
    for (StoreSweep store : report.stores()) {
      if (store.outcome() == StoreSweep.Outcome.FILES_EXPIRED || store.outcome() == StoreSweep.Outcome.PURGED) {
        LOG.info("Retention: {} {} ({} files, {} events past retention)", store.storeName(),
            store.outcome() == StoreSweep.Outcome.PURGED ? "purged" : "swept", store.files().size(), store.events());
      }
    }
  }
}
