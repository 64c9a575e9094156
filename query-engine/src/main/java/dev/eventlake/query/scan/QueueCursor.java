package dev.eventlake.query.scan;

import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** The consumer end of a scan: walks the batches the workers publish, up to the limit. */
final class QueueCursor implements ScanCursor {
  private final ScanRun run;
  private final ScanStatistics statistics;
  private final AtomicBoolean cancelFlag;
  private final long limit;
  private Object[][] rows = new Object[0][];
  private int size;
  private int position;
  private Object[] current;
  private long returned;
  private long unreported;
  private boolean finished;

  QueueCursor(ScanRun run, ScanStatistics statistics, AtomicBoolean cancelFlag, long limit) {
    this.run = run;
    this.statistics = statistics;
    this.cancelFlag = cancelFlag;
    this.limit = limit;
  }

  @Override
  public boolean next() {
    if (finished) {
      current = null;
      return false;
    }
    if (cancelFlag.get()) {
      finish();
      throw new CancellationException("the query was cancelled");
    }
    if ((limit >= 0 && returned >= limit) || (position == size && !fetch())) {
      finish();
      current = null;
      return false;
    }
    current = rows[position];
    rows[position++] = null;
    returned++;
    unreported++;
    return true;
  }

  @Override
  public Object[] current() {
    if (current == null) {
      throw new NoSuchElementException("no current row: call next() first");
    }
    return current;
  }

  @Override
  public void close() {
    if (!finished) {
      finish();
    }
  }

  private boolean fetch() {
    report();
    ScanRun.Batch batch;
    try {
      batch = run.take();
    } catch (RuntimeException failure) {
      finished = true;
      throw failure;
    }
    if (batch == null) {
      return false;
    }
    rows = batch.rows();
    size = batch.size();
    position = 0;
    return true;
  }

  private void finish() {
    finished = true;
    report();
    run.stop();
  }

  private void report() {
    statistics.addEventsMatched(unreported);
    unreported = 0;
  }
}
