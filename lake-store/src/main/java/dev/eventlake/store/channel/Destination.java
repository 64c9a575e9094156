package dev.eventlake.store.channel;

/**
 * One destination of a channel. In requests {@code location} may be a store's ARN, ID or name; a channel keeps the
 * store's ARN. Either member may be null in a request, which the catalog rejects with InvalidParameterException.
 */
public record Destination(DestinationType type, String location) {
  /** An event data store destination. */
  public static Destination eventDataStore(String location) {
    return new Destination(DestinationType.EVENT_DATA_STORE, location);
  }
}
