package dev.eventlake.api.rest;

import dev.eventlake.api.auth.Access;
import dev.eventlake.query.engine.ColumnType;
import dev.eventlake.query.engine.TableColumns;
import dev.eventlake.query.engine.TableColumns.TableColumn;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.selector.EventCategory;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code GET /v1/stores/{store}/columns}: the columns of a store's table, which depend on the category of events it
 * holds, with nested fields and SQL type names; what JDBC's {@code getColumns} and SQL editors show.
 */
public final class ColumnRoutes implements RestRoutes {
  private final StoreCatalog catalog;

  public ColumnRoutes(StoreCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public List<RestRoute> routes() {
    return List.of(RestRoute.of("GET", "/v1/stores/{store}/columns", "GetStoreColumns", Access.READ,
        exchange -> exchange.respond(200, StoreColumnsView.of(catalog.get(exchange.path("store"))))));
  }

  /** A store's columns. */
  record StoreColumnsView(String storeId, String storeName, List<String> categories, List<ColumnView> columns) {
    static StoreColumnsView of(EventDataStore store) {
      return new StoreColumnsView(store.id(), store.name(), ColumnRoutes.categories(store),
          TableColumns.of(store).stream().map(ColumnView::of).toList());
    }
  }

  /** One column or ROW field: its SQL type name, value family and nullability. */
  record ColumnView(String name, String type, String kind, boolean nullable, List<ColumnView> fields) {
    static ColumnView of(TableColumn column) {
      return new ColumnView(column.name(), typeName(column.type()), column.type().kind().name(), column.nullable(),
          column.fields().stream().map(ColumnView::of).toList());
    }
  }

  /** The wire names of the categories a store holds, in the catalog's order. */
  static List<String> categories(EventDataStore store) {
    return store.categories().stream().map(EventCategory::wireName).toList();
  }

  /** A type in SQL notation: {@code ROW(name VARCHAR, …)}, {@code MAP(VARCHAR, VARCHAR)}, {@code ARRAY(…)}. */
  static String typeName(ColumnType type) {
    List<ColumnType> children = type.children();
    return switch (type.kind()) {
      case ROW -> IntStream.range(0, children.size())
          .mapToObj(index -> type.fieldNames().get(index) + " " + typeName(children.get(index)))
          .collect(Collectors.joining(", ", "ROW(", ")"));
      case MAP -> "MAP(" + typeName(children.get(0)) + ", " + typeName(children.get(1)) + ")";
      case ARRAY -> "ARRAY(" + typeName(children.get(0)) + ")";
      default -> type.sqlName();
    };
  }
}
