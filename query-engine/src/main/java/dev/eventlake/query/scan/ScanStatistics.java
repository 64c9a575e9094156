package dev.eventlake.query.scan;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters one query's scans add to, safe to update from parallel scan threads: what was read and what the
 * statistics-based pruning let us skip. {@code eventsScanned}/{@code bytesScanned} are the user-facing figures.
 */
public final class ScanStatistics {
  private final LongAdder eventsScanned = new LongAdder();
  private final LongAdder eventsMatched = new LongAdder();
  private final LongAdder bytesScanned = new LongAdder();
  private final LongAdder filesRead = new LongAdder();
  private final LongAdder filesSkipped = new LongAdder();
  private final LongAdder rowGroupsRead = new LongAdder();
  private final LongAdder rowGroupsSkipped = new LongAdder();
  private final LongAdder eventsCountedFromMetadata = new LongAdder();

  /** Rows decoded (those of row groups read, plus write-ahead-log events examined). */
  public void addEventsScanned(long count) {
    eventsScanned.add(count);
  }

  /** Rows the scan handed to the query after its own filters. */
  public void addEventsMatched(long count) {
    eventsMatched.add(count);
  }

  /** Compressed bytes of the column chunks read. */
  public void addBytesScanned(long bytes) {
    bytesScanned.add(bytes);
  }

  public void addFiles(long read, long skipped) {
    filesRead.add(read);
    filesSkipped.add(skipped);
  }

  public void addRowGroups(long read, long skipped) {
    rowGroupsRead.add(read);
    rowGroupsSkipped.add(skipped);
  }

  /** Rows a count settled from the manifest or row-group statistics, without decoding them. */
  public void addEventsCountedFromMetadata(long count) {
    eventsCountedFromMetadata.add(count);
  }

  public long eventsCountedFromMetadata() {
    return eventsCountedFromMetadata.sum();
  }

  public long eventsScanned() {
    return eventsScanned.sum();
  }

  public long eventsMatched() {
    return eventsMatched.sum();
  }

  public long bytesScanned() {
    return bytesScanned.sum();
  }

  public long filesRead() {
    return filesRead.sum();
  }

  public long filesSkipped() {
    return filesSkipped.sum();
  }

  public long rowGroupsRead() {
    return rowGroupsRead.sum();
  }

  public long rowGroupsSkipped() {
    return rowGroupsSkipped.sum();
  }

  @Override
  public String toString() {
    return "events scanned " + eventsScanned() + ", matched " + eventsMatched() + ", bytes " + bytesScanned()
        + ", files " + filesRead() + " read/" + filesSkipped() + " skipped, row groups " + rowGroupsRead()
        + " read/" + rowGroupsSkipped() + " skipped, counted from metadata " + eventsCountedFromMetadata();
  }
}
