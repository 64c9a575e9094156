package dev.eventlake.store;

import static java.util.Objects.requireNonNull;

import dev.eventlake.store.catalog.CatalogConfig;
import dev.eventlake.store.storage.StorageConfig;
import java.nio.file.Path;
import java.time.Clock;

/** Configuration of the lake-store module; {@link #defaults(Path)} is the one place defaults live. */
public record LakeConfig(Path dataDirectory, String region, String accountId, int maxEventDataStores,
    StorageConfig storage, Clock clock) {

  public LakeConfig {
    requireNonNull(dataDirectory, "dataDirectory is null");
    requireNonNull(storage, "storage is null");
    requireNonNull(clock, "clock is null");
  }

  /** Region us-east-1, account 123456789012, CloudTrail's quota of 10 stores, UTC system clock. */
  public static LakeConfig defaults(Path dataDirectory) {
    CatalogConfig catalog = CatalogConfig.defaults(dataDirectory);
    return new LakeConfig(dataDirectory, catalog.region(), catalog.accountId(), catalog.maxEventDataStores(),
        StorageConfig.defaults(), Clock.systemUTC());
  }

  /** This configuration on another clock (tests, or a command evaluated as of another time). */
  public LakeConfig withClock(Clock newClock) {
    return new LakeConfig(dataDirectory, region, accountId, maxEventDataStores, storage, newClock);
  }

  CatalogConfig catalog() {
    return new CatalogConfig(dataDirectory, region, accountId, maxEventDataStores, clock);
  }

  /** {@code <data-dir>/stores/<id>}: where a store's files live. */
  public Path storeDirectory(String storeId) {
    return dataDirectory.resolve("stores").resolve(storeId);
  }
}
