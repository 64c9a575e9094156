package dev.eventlake.store.catalog;

import java.util.List;

/**
 * The on-disk shape of {@code stores.json}, kept apart from the domain records so that renaming a domain member
 * cannot silently change the file format. Timestamps are ISO-8601 strings, enums their wire names.
 */
record PersistedCatalog(int formatVersion, List<PersistedStore> eventDataStores) {
  static final int CURRENT_FORMAT_VERSION = 1;

  /** One event data store. */
  record PersistedStore(
      String id,
      String name,
      String arn,
      String status,
      List<PersistedSelector> advancedEventSelectors,
      List<String> categories,
      boolean multiRegionEnabled,
      boolean organizationEnabled,
      int retentionPeriod,
      boolean terminationProtectionEnabled,
      String billingMode,
      String kmsKeyId,
      List<PersistedTag> tags,
      String createdTimestamp,
      String updatedTimestamp,
      String pendingDeletionSince,
      String statusBeforeDeletion) {}

  /** One advanced event selector. */
  record PersistedSelector(String name, List<PersistedFieldSelector> fieldSelectors) {}

  /** One field condition; absent operators are null. */
  record PersistedFieldSelector(
      String field,
      List<String> equalsValues,
      List<String> startsWith,
      List<String> endsWith,
      List<String> notEquals,
      List<String> notStartsWith,
      List<String> notEndsWith) {}

  /** One tag. */
  record PersistedTag(String key, String value) {}
}
