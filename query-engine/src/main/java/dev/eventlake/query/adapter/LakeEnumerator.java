package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.ScanCursor;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Adapts a {@link ScanCursor} to Calcite: a one-column row is the bare value, wider rows are arrays. Checks the
 * statement's cancel flag on every row, so a cancelled join or aggregate stops at its next pull from a scan.
 */
final class LakeEnumerator implements Enumerator<Object> {
  private final ScanCursor cursor;
  private final boolean scalar;

  private final AtomicBoolean cancelFlag;

  LakeEnumerator(ScanCursor cursor, int columns, AtomicBoolean cancelFlag) {
    this.cursor = cursor;
    this.scalar = columns == 1;
    this.cancelFlag = cancelFlag;
  }

  @Override
  public Object current() {
    Object[] row = cursor.current();
    return scalar ? row[0] : row;
  }

  @Override
  public boolean moveNext() {
    if (cancelFlag != null && cancelFlag.get()) {
      throw new CancellationException("the query was cancelled");
    }
    return cursor.next();
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a scan cannot be restarted");
  }

  @Override
  public void close() {
    cursor.close();
  }
}
