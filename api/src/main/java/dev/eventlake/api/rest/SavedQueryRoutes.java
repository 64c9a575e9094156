package dev.eventlake.api.rest;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.cloudtrail.ListPages;
import dev.eventlake.api.rest.QueryJson.QueryView;
import dev.eventlake.api.rest.SavedQueryJson.CreateBody;
import dev.eventlake.api.rest.SavedQueryJson.RestoreBody;
import dev.eventlake.api.rest.SavedQueryJson.RunBody;
import dev.eventlake.api.rest.SavedQueryJson.SavedQueryList;
import dev.eventlake.api.rest.SavedQueryJson.SavedQueryView;
import dev.eventlake.api.rest.SavedQueryJson.UpdateBody;
import dev.eventlake.query.saved.ParameterValues;
import dev.eventlake.query.saved.SavedQueries;
import dev.eventlake.query.saved.SavedQuery;
import dev.eventlake.query.service.QueryRequest;
import dev.eventlake.query.service.QueryService;
import dev.eventlake.store.error.ErrorCode;
import java.util.List;

/**
 * Saved queries: {@code /v1/saved-queries} and {@code /v1/saved-queries/{name}}. Readers list, read, create, update
 * (each update is a new version), restore and run them; deleting one, with its whole history, takes an admin.
 */
public final class SavedQueryRoutes implements RestRoutes {
  static final String SAVED_QUERIES = "/v1/saved-queries";
  private static final String SAVED_QUERY = SAVED_QUERIES + "/{name}";
  private final SavedQueries saved;
  private final QueryService queries;

  public SavedQueryRoutes(SavedQueries saved, QueryService queries) {
    this.saved = saved;
    this.queries = queries;
  }

  @Override
  public List<RestRoute> routes() {
    return List.of(
        RestRoute.of("GET", SAVED_QUERIES, "ListSavedQueries", Access.READ, this::list)
            .withQuery("nextToken", "maxResults"),
        RestRoute.withBody("POST", SAVED_QUERIES, "CreateSavedQuery", Access.READ, this::create),
        RestRoute.of("GET", SAVED_QUERY, "GetSavedQuery", Access.READ, exchange -> exchange.respond(200,
            SavedQueryView.of(saved.get(exchange.path("name")), exchange.queryInteger("version",
                ErrorCode.INVALID_PARAMETER)))).withQuery("version"),
        RestRoute.withBody("PUT", SAVED_QUERY, "UpdateSavedQuery", Access.READ, exchange -> exchange.respond(200,
            SavedQueryView.of(saved.update(exchange.path("name"),
                exchange.body(UpdateBody.class).definition()), null))),
        RestRoute.of("DELETE", SAVED_QUERY, "DeleteSavedQuery", Access.ADMIN, exchange -> exchange.respond(200,
            SavedQueryView.of(saved.delete(exchange.path("name")), null))),
        RestRoute.withBody("POST", SAVED_QUERY + "/restore", "RestoreSavedQuery", Access.READ,
            exchange -> exchange.respond(200, SavedQueryView.of(saved.restore(exchange.path("name"),
                exchange.body(RestoreBody.class).version()), null))),
        RestRoute.withBody("POST", SAVED_QUERY + "/run", "RunSavedQuery", Access.READ, this::run));
  }

  private void list(RestExchange exchange) {
    ListPages.Page<SavedQueryView> page = ListPages.page(saved.list().stream()
        .map(query -> SavedQueryView.of(query, null)).toList(), exchange.query("nextToken"),
        exchange.queryInteger("maxResults", ErrorCode.INVALID_MAX_RESULTS), "ListSavedQueries");
    exchange.respond(200, new SavedQueryList(page.items(), page.nextToken()));
  }

  private void create(RestExchange exchange) {
    CreateBody body = exchange.body(CreateBody.class);
    SavedQuery created = saved.create(body.name(), body.definition());
    exchange.responseHeader("Location", SAVED_QUERIES + "/" + created.name())
        .respond(201, SavedQueryView.of(created, null));
  }

  private void run(RestExchange exchange) {
    RunBody body = exchange.body(RunBody.class);
    String name = saved.get(exchange.path("name")).name();
    String id = queries.start(new QueryRequest(saved.bind(name, body.version(),
        ParameterValues.named(body.parameters())), name, body.deliveryUri()));
    exchange.responseHeader("Location", "/v1/queries/" + id).respond(202, QueryView.of(queries.describe(id)));
  }
}
