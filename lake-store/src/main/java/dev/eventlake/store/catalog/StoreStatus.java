package dev.eventlake.store.catalog;

/**
 * The lifecycle status of an event data store ({@code EventDataStoreStatus} on the wire; constant names are the wire
 * names). The catalog persists only {@link #ENABLED}, {@link #STOPPED_INGESTION} and {@link #PENDING_DELETION}: its
 * transitions are synchronous, so the transitional values are never observable.
 */
public enum StoreStatus {
  CREATED,
  ENABLED,
  PENDING_DELETION,
  STARTING_INGESTION,
  STOPPING_INGESTION,
  STOPPED_INGESTION;

  /** The exact wire spelling. */
  public String wireName() {
    return name();
  }
}
