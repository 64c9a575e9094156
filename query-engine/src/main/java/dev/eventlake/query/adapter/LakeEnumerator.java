package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.ScanCursor;
import org.apache.calcite.linq4j.Enumerator;

/** Adapts a {@link ScanCursor} to Calcite: a one-column row is the bare value, wider rows are arrays. */
final class LakeEnumerator implements Enumerator<Object> {
  private final ScanCursor cursor;
  private final boolean scalar;

  LakeEnumerator(ScanCursor cursor, int columns) {
    this.cursor = cursor;
    this.scalar = columns == 1;
  }

  @Override
  public Object current() {
    Object[] row = cursor.current();
    return scalar ? row[0] : row;
  }

  @Override
  public boolean moveNext() {
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
