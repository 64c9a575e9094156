package dev.eventlake.query.scan;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the worker threads of one scan share with its consumer: the bounded queue of row batches (or the running
 * count), the stop signal (close, cancel, limit reached, failure) and the first failure.
 */
final class ScanRun {
  private static final long POLL_MILLIS = 10;
  private static final long STOP_WAIT_MILLIS = 30_000;

  /** Rows handed over in one piece; {@code rows[0..size)} are filled. */
  record Batch(Object[][] rows, int size) {}

  private final AtomicBoolean cancelFlag;
  private final ArrayBlockingQueue<Batch> queue;
  private final long limit;
  private final CountDownLatch finished;
  private final AtomicLong published = new AtomicLong();
  private final LongAdder counted = new LongAdder();
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private int activeWorkers;
  private volatile boolean stopped;

  ScanRun(AtomicBoolean cancelFlag, int queueBatches, long limit, int workers, long countedFromMetadata) {
    this.cancelFlag = cancelFlag;
    this.queue = new ArrayBlockingQueue<>(Math.max(1, queueBatches));
    this.limit = limit;
    this.finished = new CountDownLatch(workers);
    this.counted.add(countedFromMetadata);
  }

  /** True once producers should do no more work. */
  boolean shouldStop() {
    return stopped || cancelFlag.get() || (limit >= 0 && published.get() >= limit);
  }

  /** Hands a batch to the consumer, waiting for room; false when the scan stopped meanwhile. */
  boolean publish(Object[][] rows, int size) {
    Batch batch = new Batch(rows, size);
    try {
      while (!shouldStop()) {
        if (queue.offer(batch, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
          published.addAndGet(size);
          return true;
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
    return false;
  }

  void count(long rows) {
    counted.add(rows);
  }

  void fail(Throwable cause) {
    RuntimeException unchecked = cause instanceof RuntimeException runtime ? runtime
        : new IllegalStateException("scan failed: " + cause, cause);
    failure.compareAndSet(null, unchecked);
    stopped = true;
  }

  /** A worker starts; false when the scan already stopped (it must then only call {@link #exit()}). */
  synchronized boolean enter() {
    activeWorkers++;
    return !stopped;
  }

  /** A worker ends, whether or not it did any work. */
  synchronized void exit() {
    activeWorkers--;
    finished.countDown();
    notifyAll();
  }

  /** The next batch, or null once every worker finished and the queue is drained. */
  Batch take() {
    try {
      while (true) {
        throwIfFailedOrCancelled();
        boolean done = finished.getCount() == 0;
        Batch batch = queue.poll();
        if (batch == null && !done) {
          batch = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        if (batch != null || done) {
          return batch;
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      stop();
      throw new CancellationException("the scan was interrupted");
    }
  }

  /** Waits for every worker, then returns the rows counted. */
  long awaitCount() {
    try {
      while (!finished.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        throwIfFailedOrCancelled();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      stop();
      throw new CancellationException("the count was interrupted");
    }
    throwIfFailedOrCancelled();
    return counted.sum();
  }

  /** Stops the producers, drops queued rows and waits until no worker is running. */
  synchronized void stop() {
    stopped = true;
    queue.clear();
    long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
    try {
      while (activeWorkers > 0 && System.currentTimeMillis() < deadline) {
        wait(POLL_MILLIS);
        queue.clear();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void throwIfFailedOrCancelled() {
    RuntimeException cause = failure.get();
    if (cause != null) {
      stop();
      throw cause;
    }
    if (cancelFlag.get()) {
      stop();
      throw new CancellationException("the query was cancelled");
    }
  }
}
