package dev.eventlake.store.catalog;

import java.util.Arrays;
import java.util.Optional;

/** How an event data store is billed; the mode fixes the allowed and default retention periods. */
public enum BillingMode {
  /** "One-year extendable retention pricing": 7 to 3653 days, 366 by default; the default mode. */
  EXTENDABLE_RETENTION_PRICING("EXTENDABLE_RETENTION_PRICING", 3653, 366),
  /** "Seven-year retention pricing": 7 to 2557 days, 2557 by default. */
  FIXED_RETENTION_PRICING("FIXED_RETENTION_PRICING", 2557, 2557);

  /** The shortest retention period any mode accepts, in days. */
  public static final int MINIMUM_RETENTION_DAYS = 7;

  private final String wireName;
  private final int maximumRetentionDays;
  private final int defaultRetentionDays;

  BillingMode(String wireName, int maximumRetentionDays, int defaultRetentionDays) {
    this.wireName = wireName;
    this.maximumRetentionDays = maximumRetentionDays;
    this.defaultRetentionDays = defaultRetentionDays;
  }

  /** The exact wire spelling. */
  public String wireName() {
    return wireName;
  }

  /** The longest retention period this mode accepts, in days. */
  public int maximumRetentionDays() {
    return maximumRetentionDays;
  }

  /** The retention period a store gets when the request does not name one, in days. */
  public int defaultRetentionDays() {
    return defaultRetentionDays;
  }

  /** Looks up a mode by its exact wire name. */
  public static Optional<BillingMode> fromWireName(String name) {
    return Arrays.stream(values()).filter(mode -> mode.wireName.equals(name)).findFirst();
  }
}
