package dev.eventlake.store.catalog;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Settings of a {@link StoreCatalog}.
 *
 * @param dataDirectory root of the Eventlake data; the catalog lives in {@code <dataDirectory>/catalog}
 * @param region the Region this service emulates; part of every store ARN
 * @param accountId the 12-digit account this service emulates; part of every store ARN
 * @param maxEventDataStores quota on stores in any status, pending deletion included (current CloudTrail rule)
 * @param clock source of creation, update and deletion timestamps
 */
public record CatalogConfig(Path dataDirectory, String region, String accountId, int maxEventDataStores, Clock clock) {
  private static final Pattern REGION = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)+$");
  private static final Pattern ACCOUNT_ID = Pattern.compile("^\\d{12}$");

  public CatalogConfig {
    requireNonNull(dataDirectory, "dataDirectory is null");
    requireNonNull(region, "region is null");
    requireNonNull(accountId, "accountId is null");
    requireNonNull(clock, "clock is null");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region '" + region + "' is not a Region name such as us-east-1");
    }
    if (!ACCOUNT_ID.matcher(accountId).matches()) {
      throw new IllegalArgumentException("accountId '" + accountId + "' must be exactly 12 digits");
    }
    if (maxEventDataStores < 1) {
      throw new IllegalArgumentException("maxEventDataStores is " + maxEventDataStores + "; it must be at least 1");
    }
  }

  /** The defaults: Region us-east-1, account 123456789012, at most 10 stores, the UTC system clock. */
  public static CatalogConfig defaults(Path dataDirectory) {
    return new CatalogConfig(dataDirectory, "us-east-1", "123456789012", 10, Clock.systemUTC());
  }

  /** This configuration with another clock. */
  public CatalogConfig withClock(Clock newClock) {
    return new CatalogConfig(dataDirectory, region, accountId, maxEventDataStores, newClock);
  }

  /** This configuration with another store quota. */
  public CatalogConfig withMaxEventDataStores(int newMaximum) {
    return new CatalogConfig(dataDirectory, region, accountId, newMaximum, clock);
  }

  /** The directory holding {@code stores.json}. */
  public Path catalogDirectory() {
    return dataDirectory.resolve("catalog");
  }
}
