package dev.eventlake.store.selector;

import java.util.Arrays;
import java.util.Optional;

/** The event categories CloudTrail Lake knows, with their wire spelling. */
public enum EventCategory {
  MANAGEMENT("Management"),
  DATA("Data"),
  NETWORK_ACTIVITY("NetworkActivity"),
  INSIGHT("Insight"),
  CONFIGURATION_ITEM("ConfigurationItem"),
  EVIDENCE("Evidence"),
  ACTIVITY_AUDIT_LOG("ActivityAuditLog");

  private final String wireName;

  EventCategory(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** True for the categories that hold CloudTrail records and may be mixed in one store. */
  public boolean isCloudTrailEvents() {
    return this == MANAGEMENT || this == DATA || this == NETWORK_ACTIVITY;
  }

  /** Looks up a category by its exact wire name. */
  public static Optional<EventCategory> fromWireName(String name) {
    return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
  }
}
