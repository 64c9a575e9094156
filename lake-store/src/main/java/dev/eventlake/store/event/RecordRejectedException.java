package dev.eventlake.store.event;

/** A record that cannot become a Lake row at all; the reason is meant for the import failure list. */
public class RecordRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  public RecordRejectedException(String reason) {
    super(reason);
  }
}
