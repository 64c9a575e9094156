package dev.eventlake.query.scan;

/** A forward-only stream of scanned rows; closing it stops any scan work still running for it. */
public interface ScanCursor extends AutoCloseable {
  /** Advances to the next row; {@code false} at the end. Throws if the scan failed or was cancelled. */
  boolean next();

  /** The current row, one value per requested column. */
  Object[] current();

  @Override
  void close();
}
