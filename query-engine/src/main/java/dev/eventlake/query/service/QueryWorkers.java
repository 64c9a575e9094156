package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;
import static dev.eventlake.store.error.ErrorCode.MAX_CONCURRENT_QUERIES;

import dev.eventlake.query.engine.StatementRunner;
import dev.eventlake.store.error.LakeException;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.BufferAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admission and execution: a fixed pool of {@code maxRunningQueries} worker threads fed by a FIFO queue, and a
 * count of admitted queries (queued + running) held to {@code maxRunningQueries + queueCapacity}.
 */
final class QueryWorkers {
  private static final Logger LOG = LoggerFactory.getLogger(QueryWorkers.class);
  private static final long GRACEFUL_STOP_SECONDS = 30;

  private final QueryServiceConfig config;
  private final ThreadPoolExecutor executor;
  private final ScheduledExecutorService timer;
  private final QueryRunContext context;
  private int admitted;
  private boolean closed;

  QueryWorkers(QueryServiceConfig config, StatementRunner runner, QueryFiles files, BufferAllocator allocator,
      QueryDeliveries deliveries) {
    this.config = config;
    this.executor = new ThreadPoolExecutor(config.maxRunningQueries(), config.maxRunningQueries(), 0,
        TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemonThreads("eventlake-query-worker-"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("eventlake-query-timer-"));
    this.context = new QueryRunContext(config, runner, files, allocator, timer, deliveries);
  }

  /**
   * Admits a query when there is room: runs {@code register} (which may throw to refuse), then queues the run.
   *
   * @throws LakeException with {@code MaxConcurrentQueriesException} when running and queued queries are at the limit
   */
  synchronized void admit(QueryState state, Runnable register) {
    if (closed) {
      throw LakeException.of(INTERNAL_FAILURE, "The query service is shutting down; retry when it is back.");
    }
    int limit = config.maxRunningQueries() + config.queueCapacity();
    if (admitted >= limit) {
      throw LakeException.of(MAX_CONCURRENT_QUERIES, "%d queries are already running or queued, the most this "
          + "server accepts; wait for some to finish or cancel some, then retry.", admitted);
    }
    admitted++;
    try {
      register.run();
    } catch (RuntimeException refused) {
      admitted--;
      throw refused;
    }
    executor.execute(new QueryRun(state, context, () -> release(state)));
  }

  /** Frees the admission slot of a query that will not run or has ended; only the first call counts. */
  void release(QueryState state) {
    if (state.releaseSlot()) {
      synchronized (this) {
        admitted--;
      }
    }
  }

  /** Queries queued now end FAILED; running ones are asked to stop; then waits for the workers to exit. */
  void close(Collection<QueryState> states) {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    for (QueryState state : states) {
      if (state.failQueued(QueryRun.SHUTDOWN_MESSAGE, config.clock().instant())) {
        state.persist(context.files());
        release(state);
      } else {
        state.requestStop(StopReason.SHUTDOWN);
      }
    }
    executor.shutdown();
    awaitOrInterrupt(executor);
    timer.shutdownNow();
    awaitOrInterrupt(timer);
  }

  private static void awaitOrInterrupt(ExecutorService service) {
    try {
      if (!service.awaitTermination(GRACEFUL_STOP_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("Query workers did not stop within {} s; interrupting them", GRACEFUL_STOP_SECONDS);
        service.shutdownNow();
        service.awaitTermination(GRACEFUL_STOP_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException interrupted) {
      service.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
