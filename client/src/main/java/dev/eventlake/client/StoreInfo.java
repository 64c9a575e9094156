package dev.eventlake.client;

import java.util.List;

/**
 * An event data store as the store list shows it.
 *
 * @param id the store ID, which SQL uses as the table name
 * @param arn the store's ARN
 * @param name the store's name
 * @param status ENABLED, STOPPED_INGESTION, PENDING_DELETION, …
 * @param categories the event categories the store holds ({@code Management}, {@code ActivityAuditLog}, …)
 */
public record StoreInfo(String id, String arn, String name, String status, List<String> categories) {
  public StoreInfo {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /** Whether queries may read the store: every store but one pending deletion. */
  public boolean isQueryable() {
    return !"PENDING_DELETION".equals(status);
  }
}
