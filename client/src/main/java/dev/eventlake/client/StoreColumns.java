package dev.eventlake.client;

import java.util.List;

/**
 * The columns a store's table has, which depend on the category of events it holds.
 *
 * @param storeId the store ID
 * @param storeName the store's name
 * @param categories the event categories the store holds
 * @param columns the top-level columns in table order, ROW columns with their fields
 */
public record StoreColumns(String storeId, String storeName, List<String> categories, List<StoreColumn> columns) {
  public StoreColumns {
    categories = categories == null ? List.of() : List.copyOf(categories);
    columns = columns == null ? List.of() : List.copyOf(columns);
  }
}
