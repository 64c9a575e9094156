package dev.eventlake.store.event;

/** A record that could not be loaded: where it is (file, record number, line and column) and why. */
public record RecordFailure(String location, long recordNumber, long line, long column, String reason) {
  /** A one-line description for people: {@code file: record 3 (line 1, column 812): reason}. */
  public String describe() {
    return String.format("%s: record %d (line %d, column %d): %s", location, recordNumber, line, column, reason);
  }
}
