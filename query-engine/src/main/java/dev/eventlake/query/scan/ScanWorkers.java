package dev.eventlake.query.scan;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The units of one scan and the worker tasks that drain them on the shared executor. A worker ends when no unit
 * is queued or in progress (a unit in progress may still split off row groups), or when the scan stops.
 */
final class ScanWorkers {
  private static final long IDLE_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

  private final Deque<ScanUnit> units = new ConcurrentLinkedDeque<>();
  private final AtomicInteger pending = new AtomicInteger();

  /** Queues a unit behind the others. */
  void add(ScanUnit unit) {
    pending.incrementAndGet();
    units.addLast(unit);
  }

  /** Queues a unit split off a unit in progress ahead of the others, so a file's row groups are read together. */
  void addFirst(ScanUnit unit) {
    pending.incrementAndGet();
    units.addFirst(unit);
  }

  int size() {
    return pending.get();
  }

  /** Submits {@code workers} tasks; each builds its scanner from this queue and its own sink. */
  void start(ExecutorService executor, int workers, ScanRun run, Function<ScanWorkers, UnitScanner> scanners,
      Supplier<RowSink> sinks) {
    for (int worker = 0; worker < workers; worker++) {
      try {
        executor.execute(() -> work(run, scanners.apply(this), sinks.get()));
      } catch (RejectedExecutionException rejected) {
        run.fail(new IllegalStateException("the scan executor refused the scan: " + rejected.getMessage(), rejected));
        for (int unstarted = worker; unstarted < workers; unstarted++) {
          run.enter();
          run.exit();
        }
        return;
      }
    }
  }

  private void work(ScanRun run, UnitScanner scanner, RowSink sink) {
    try {
      if (run.enter()) {
        drain(run, scanner, sink);
      }
    } catch (Throwable failure) {
      run.fail(failure);
    } finally {
      run.exit();
    }
  }

  private void drain(ScanRun run, UnitScanner scanner, RowSink sink) {
    while (!run.shouldStop()) {
      ScanUnit unit = units.pollFirst();
      if (unit == null) {
        if (pending.get() == 0) {
          break;
        }
        LockSupport.parkNanos(IDLE_NANOS);
        continue;
      }
      try {
        scanner.scan(unit, sink);
      } finally {
        pending.decrementAndGet();
      }
    }
    sink.finish();
  }
}
