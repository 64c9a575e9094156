package dev.eventlake.query.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The rows of one scan, read from Parquet on the first pass. Calcite's nested-loop join enumerates its inner input
 * once per outer row; from the second pass on, the rows are read once into memory and replayed, rather than the
 * files being scanned again for every outer row. Every replayed row checks the statement's cancel flag.
 */
final class LakeScanEnumerable extends AbstractEnumerable<Object> {
  private final Supplier<Enumerator<Object>> scans;
  private final AtomicBoolean cancelFlag;
  private int passes;
  private List<Object> rows;

  LakeScanEnumerable(Supplier<Enumerator<Object>> scans, AtomicBoolean cancelFlag) {
    this.scans = scans;
    this.cancelFlag = cancelFlag;
  }

  @Override
  public synchronized Enumerator<Object> enumerator() {
    if (passes++ == 0) {
      return scans.get();
    }
    if (rows == null) {
      rows = readAll();
    }
    return new Replay(rows, cancelFlag);
  }

  private List<Object> readAll() {
    List<Object> all = new ArrayList<>();
    try (Enumerator<Object> scan = scans.get()) {
      while (scan.moveNext()) {
        all.add(scan.current());
      }
    }
    return all;
  }

  /** Walks the remembered rows, stopping when the statement is cancelled. */
  private static final class Replay implements Enumerator<Object> {
    private final List<Object> rows;
    private final AtomicBoolean cancelFlag;
    private int position = -1;

    Replay(List<Object> rows, AtomicBoolean cancelFlag) {
      this.rows = rows;
      this.cancelFlag = cancelFlag;
    }

    @Override
    public Object current() {
      return rows.get(position);
    }

    @Override
    public boolean moveNext() {
      if (cancelFlag != null && cancelFlag.get()) {
        throw new CancellationException("the query was cancelled");
      }
      return ++position < rows.size();
    }

    @Override
    public void reset() {
      position = -1;
    }

    @Override
    public void close() {
      // nothing held
    }
  }
}
