package dev.eventlake.store.channel;

/** Where a channel delivers ({@code DestinationType} on the wire; constant names are the wire names). */
public enum DestinationType {
  /** An event data store of ActivityAuditLog events, located by its ARN. */
  EVENT_DATA_STORE,
  /** An AWS service, for service-linked channels; located by the service name. */
  AWS_SERVICE;

  /** The exact wire spelling. */
  public String wireName() {
    return name();
  }
}
