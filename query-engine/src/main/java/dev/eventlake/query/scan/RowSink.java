package dev.eventlake.query.scan;

/** Where a worker puts the rows it scanned: batches for a cursor, or just a count. One per worker thread. */
interface RowSink {
  /** Takes one row; false when the scan should stop. */
  boolean accept(Object[] row);

  /** Hands over whatever is still buffered. */
  void finish();

  /** Gathers rows into batches and publishes each full one to the run's queue. */
  final class Batches implements RowSink {
    private final ScanRun run;
    private final int batchRows;
    private Object[][] rows;
    private int size;

    Batches(ScanRun run, int batchRows) {
      this.run = run;
      this.batchRows = batchRows;
      this.rows = new Object[batchRows][];
    }

    @Override
    public boolean accept(Object[] row) {
      rows[size++] = row;
      if (size < batchRows) {
        return true;
      }
      boolean published = run.publish(rows, size);
      rows = new Object[batchRows][];
      size = 0;
      return published;
    }

    @Override
    public void finish() {
      if (size > 0) {
        run.publish(rows, size);
        size = 0;
      }
    }
  }

  /** Only counts rows, reporting to the run every few thousand rows. */
  final class Counter implements RowSink {
    private static final int REPORT_EVERY = 4096;
    private final ScanRun run;
    private long unreported;

    Counter(ScanRun run) {
      this.run = run;
    }

    @Override
    public boolean accept(Object[] row) {
      if (++unreported < REPORT_EVERY) {
        return true;
      }
      finish();
      return !run.shouldStop();
    }

    @Override
    public void finish() {
      run.count(unreported);
      unreported = 0;
    }
  }
}
