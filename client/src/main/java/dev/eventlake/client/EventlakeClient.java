package dev.eventlake.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls Eventlake's REST API: lists stores and their columns, starts, describes and cancels queries, and pages
 * through their results. Thread-safe; one client can serve many threads.
 */
public final class EventlakeClient {
  private final RestTransport transport;

  public EventlakeClient(ClientConfig config) {
    this.transport = new RestTransport(config);
  }

  /** StartQuery: checks and queues {@code sql} with its parameter values, and returns the queued query. */
  public QueryInfo startQuery(String sql, List<QueryParameter> parameters) throws EventlakeClientException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sql", sql);
    if (!parameters.isEmpty()) {
      body.put("parameters", parameters);
    }
    return transport.exchange("POST", "/v1/queries", body, QueryInfo.class);
  }

  /** GetQuery: the query's state and statistics. */
  public QueryInfo describeQuery(String queryId) throws EventlakeClientException {
    return transport.exchange("GET", "/v1/queries/" + encode(queryId), null, QueryInfo.class);
  }

  /** CancelQuery: stops a queued or running query. */
  public QueryInfo cancelQuery(String queryId) throws EventlakeClientException {
    return transport.exchange("POST", "/v1/queries/" + encode(queryId) + "/cancel", null, QueryInfo.class);
  }

  /** GetQueryResults: up to {@code maxResults} (1 to 1,000) rows from {@code nextToken} (null for the first). */
  public ResultPage results(String queryId, String nextToken, int maxResults) throws EventlakeClientException {
    String path = "/v1/queries/" + encode(queryId) + "/results?maxResults=" + maxResults
        + (nextToken == null ? "" : "&nextToken=" + encode(nextToken));
    return transport.exchange("GET", path, null, ResultPage.class);
  }

  /** ListStores, every page. */
  public List<StoreInfo> listStores() throws EventlakeClientException {
    List<StoreInfo> stores = new ArrayList<>();
    String token = null;
    do {
      String path = "/v1/stores" + (token == null ? "" : "?nextToken=" + encode(token));
      StoreList page = transport.exchange("GET", path, null, StoreList.class);
      stores.addAll(page.stores() == null ? List.of() : page.stores());
      token = page.nextToken();
    } while (token != null);
    return stores;
  }

  /** The first page of ListStores with at most one store: a cheap call to check the server and the credentials. */
  public void checkAccess() throws EventlakeClientException {
    transport.exchange("GET", "/v1/stores?maxResults=1", null, StoreList.class);
  }

  /** GetStoreColumns: the columns of the table of {@code store} (ID, ARN or name). */
  public StoreColumns storeColumns(String store) throws EventlakeClientException {
    return transport.exchange("GET", "/v1/stores/" + encode(store) + "/columns", null, StoreColumns.class);
  }

  /** ListStoreQueries: the most recent queries of {@code store}, newest first (one page). */
  public List<QuerySummary> storeQueries(String store) throws EventlakeClientException {
    QueryList list = transport.exchange("GET", "/v1/stores/" + encode(store) + "/queries", null, QueryList.class);
    return list.queries() == null ? List.of() : list.queries();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** One entry of a store's query list. */
  public record QuerySummary(String id, String status) {}

  /** A page of stores. */
  record StoreList(List<StoreInfo> stores, String nextToken) {}

  /** A page of a store's queries. */
  record QueryList(List<QuerySummary> queries, String nextToken) {}
}
