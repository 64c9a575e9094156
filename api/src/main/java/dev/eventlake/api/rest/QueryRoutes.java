package dev.eventlake.api.rest;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.rest.QueryJson.QueryList;
import dev.eventlake.api.rest.QueryJson.QueryView;
import dev.eventlake.api.rest.QueryJson.StartBody;
import dev.eventlake.query.service.QueryListRequest;
import dev.eventlake.query.service.QueryRequest;
import dev.eventlake.query.service.QueryService;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.store.error.ErrorCode;
import java.util.List;

/** Queries: start, status, results (JSON, CSV or Arrow), cancel, and a store's query history. */
public final class QueryRoutes implements RestRoutes {
  private static final String QUERIES = "/v1/queries";
  private static final String QUERY = QUERIES + "/{id}";
  private final QueryService queries;
  private final QueryResults results;

  public QueryRoutes(QueryService queries) {
    this.queries = queries;
    this.results = new QueryResults(queries);
  }

  @Override
  public List<RestRoute> routes() {
    return List.of(
        RestRoute.withBody("POST", QUERIES, "StartQuery", Access.READ, this::start),
        RestRoute.of("GET", QUERY, "GetQuery", Access.READ,
            exchange -> exchange.respond(200, QueryView.of(queries.describe(exchange.path("id"))))),
        RestRoute.of("GET", QUERY + "/results", "GetQueryResults", Access.READ, results::write)
            .withQuery("nextToken", "maxResults"),
        RestRoute.of("POST", QUERY + "/cancel", "CancelQuery", Access.READ,
            exchange -> exchange.respond(200, QueryView.of(queries.cancel(exchange.path("id"))))),
        RestRoute.of("GET", "/v1/stores/{store}/queries", "ListStoreQueries", Access.READ, this::list)
            .withQuery("status", "startTime", "endTime", "nextToken", "maxResults"));
  }

  private void start(RestExchange exchange) {
    StartBody body = exchange.body(StartBody.class);
    BoundStatement statement = new BoundStatement(body.sql(), QueryParameterJson.bind(body.parameters()));
    String id = queries.start(new QueryRequest(statement, null, body.deliveryUri()));
    exchange.responseHeader("Location", QUERIES + "/" + id).respond(202, QueryView.of(queries.describe(id)));
  }

  private void list(RestExchange exchange) {
    QueryListRequest request = new QueryListRequest(exchange.path("store"), exchange.queryInstant("startTime"),
        exchange.queryInstant("endTime"), exchange.query("status"), exchange.query("nextToken"),
        exchange.queryInteger("maxResults", ErrorCode.INVALID_MAX_RESULTS));
    exchange.respond(200, QueryList.of(queries.list(request)));
  }
}
