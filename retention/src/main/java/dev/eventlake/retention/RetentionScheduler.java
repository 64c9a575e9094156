package dev.eventlake.retention;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs upkeep tasks (a retention sweep, the expiry of query results) one after the other on one daemon thread: once
 * at {@link #start()}, then {@code interval} after the end of each run, until {@link #close()}. A task that fails is
 * logged and neither stops the other tasks nor later runs.
 */
public final class RetentionScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionScheduler.class);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

  private final Duration interval;
  private final List<Runnable> tasks;
  private ScheduledExecutorService executor;

  public RetentionScheduler(Duration interval, List<Runnable> tasks) {
    this.interval = requireNonNull(interval, "interval is null");
    this.tasks = List.copyOf(tasks);
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, not " + interval);
    }
  }

  /** Starts the periodic runs; the first begins at once. */
  public synchronized void start() {
    if (executor != null) {
      throw new IllegalStateException("the retention scheduler is already started");
    }
    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "eventlake-retention");
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs every task once, now, on the calling thread. */
  public void runOnce() {
    for (Runnable task : tasks) {
      try {
        task.run();
      } catch (RuntimeException failure) {
        LOG.warn("A scheduled retention task failed; it runs again in {}", interval, failure);
      }
    }
  }

  /** Stops the periodic runs, waiting for a run in progress to finish. */
  @Override
  public synchronized void close() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }
}
