package dev.eventlake.api.rest;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.cloudtrail.ListPages;
import dev.eventlake.api.rest.StoreJson.CreateBody;
import dev.eventlake.api.rest.StoreJson.StoreList;
import dev.eventlake.api.rest.StoreJson.StoreView;
import dev.eventlake.api.rest.StoreJson.UpdateBody;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.error.ErrorCode;
import java.util.List;
import java.util.function.Function;

/** Event data stores: {@code /v1/stores} and {@code /v1/stores/{store}}, where {@code store} is an ID, ARN or name. */
public final class StoreRoutes implements RestRoutes {
  private static final String STORES = "/v1/stores";
  private static final String STORE = STORES + "/{store}";
  private final StoreCatalog catalog;

  public StoreRoutes(StoreCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public List<RestRoute> routes() {
    return List.of(
        RestRoute.of("GET", STORES, "ListStores", Access.READ, this::list).withQuery("nextToken", "maxResults"),
        RestRoute.withBody("POST", STORES, "CreateStore", Access.ADMIN, this::create),
        RestRoute.of("GET", STORE, "GetStore", Access.READ, onStore(catalog::get)),
        RestRoute.withBody("PATCH", STORE, "UpdateStore", Access.ADMIN, this::update),
        RestRoute.of("DELETE", STORE, "DeleteStore", Access.ADMIN, onStore(catalog::delete)),
        RestRoute.of("POST", STORE + "/restore", "RestoreStore", Access.ADMIN, onStore(catalog::restore)),
        RestRoute.of("POST", STORE + "/ingestion/start", "StartStoreIngestion", Access.ADMIN,
            onStore(catalog::startIngestion)),
        RestRoute.of("POST", STORE + "/ingestion/stop", "StopStoreIngestion", Access.ADMIN,
            onStore(catalog::stopIngestion)));
  }

  /** A handler that applies {@code action} to the store of the path and answers with the store it returns. */
  private static RestHandler onStore(Function<String, EventDataStore> action) {
    return exchange -> exchange.respond(200, StoreView.of(action.apply(exchange.path("store"))));
  }

  private void update(RestExchange exchange) {
    UpdateBody body = exchange.body(UpdateBody.class);
    exchange.respond(200, StoreView.of(catalog.update(body.toDomain(exchange.path("store")))));
  }

  private void list(RestExchange exchange) {
    ListPages.Page<StoreView> page = ListPages.page(catalog.list().stream().map(StoreView::of).toList(),
        exchange.query("nextToken"), exchange.queryInteger("maxResults", ErrorCode.INVALID_MAX_RESULTS),
        "ListStores");
    exchange.respond(200, new StoreList(page.items(), page.nextToken()));
  }

  private void create(RestExchange exchange) {
    EventDataStore store = catalog.create(exchange.body(CreateBody.class).toDomain());
    exchange.responseHeader("Location", STORES + "/" + store.id()).respond(201, StoreView.of(store));
  }
}
