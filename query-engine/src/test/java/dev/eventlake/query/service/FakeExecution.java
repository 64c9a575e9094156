package dev.eventlake.query.service;

import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.scan.ScanStatistics;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The fake engine's cursor: every row counts as 10 events scanned, 1 matched and 100 bytes; cancellation makes a
 * waiting or later {@link #next()} throw promptly.
 */
final class FakeExecution implements StatementExecution {
  private final FakeStatement statement;
  private final ScanStatistics statistics;
  private volatile boolean cancelled;
  private volatile boolean closed;
  private int position = -1;

  FakeExecution(FakeStatement statement, ScanStatistics statistics) {
    this.statement = statement;
    this.statistics = statistics;
  }

  boolean cancelled() {
    return cancelled;
  }

  boolean closed() {
    return closed;
  }

  @Override
  public Set<String> storeIds() {
    return statement.storeIds();
  }

  @Override
  public List<ResultColumn> columns() {
    return statement.columns();
  }

  @Override
  public boolean next() {
    if (position < 0 && statement.gate() != null) {
      waitFor(statement.gate());
    }
    pause(statement.millisPerRow());
    requireNotCancelled();
    position++;
    if (position == statement.failAtRow()) {
      throw new IllegalStateException("fake failure at row " + position);
    }
    if (position >= statement.rowCount()) {
      return false;
    }
    statistics.addEventsScanned(10);
    statistics.addEventsMatched(1);
    statistics.addBytesScanned(100);
    return true;
  }

  @Override
  public Object[] row() {
    return statement.rows().apply(position);
  }

  @Override
  public void cancel() {
    cancelled = true;
  }

  @Override
  public void close() {
    closed = true;
  }

  private void waitFor(CountDownLatch gate) {
    try {
      while (!gate.await(5, TimeUnit.MILLISECONDS)) {
        requireNotCancelled();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  private void pause(long millis) {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
    }
  }

  private void requireNotCancelled() {
    if (cancelled) {
      throw new IllegalStateException("cancelled");
    }
  }
}
