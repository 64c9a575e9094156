package dev.eventlake.api.rest;

import static dev.eventlake.api.rest.BodyChecks.required;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.service.QueryDelivery;
import dev.eventlake.query.service.QueryDescription;
import dev.eventlake.query.service.QueryListPage;
import dev.eventlake.query.service.QueryResultsPage;
import dev.eventlake.query.service.QueryStatistics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Request and response bodies of the query routes. */
final class QueryJson {
  private QueryJson() {}

  /**
   * Body of {@code POST /v1/queries}; {@code deliveryUri} (s3:// or file://) also writes the results there, and
   * {@code parameters} are the typed values of the statement's placeholders.
   */
  record StartBody(String sql, String deliveryUri, List<QueryParameterJson> parameters) {
    StartBody {
      required(sql, "sql");
    }
  }

  /** A query's counters. */
  record Statistics(long eventsMatched, long eventsScanned, long bytesScanned, long executionTimeInMillis) {
    static Statistics of(QueryStatistics statistics) {
      return new Statistics(statistics.eventsMatched(), statistics.eventsScanned(), statistics.bytesScanned(),
          statistics.executionTimeInMillis());
    }
  }

  /** A query as {@code GET /v1/queries/{id}} shows it; delivery members only when a delivery was asked for. */
  record QueryView(String id, String sql, String status, List<String> storeIds, Instant creationTime,
      Instant endTime, Statistics statistics, String errorMessage, String savedQuery, String deliveryUri,
      String deliveryStatus, String deliveryMessage) {
    static QueryView of(QueryDescription query) {
      QueryDelivery delivery = query.delivery();
      return new QueryView(query.queryId(), query.queryString(), query.status().name(), query.storeIds(),
          query.statistics().creationTime(), query.endTime(), Statistics.of(query.statistics()),
          query.errorMessage(), query.queryAlias(), delivery == null ? null : delivery.destination(),
          delivery == null ? null : delivery.status().name(), delivery == null ? null : delivery.message());
    }
  }

  /** One entry of a store's query list. */
  record QuerySummaryView(String id, String status, Instant creationTime) {}

  /** A page of a store's queries, newest first. */
  record QueryList(List<QuerySummaryView> queries, String nextToken) {
    static QueryList of(QueryListPage page) {
      return new QueryList(page.queries().stream().map(query -> new QuerySummaryView(query.queryId(),
          query.status().name(), query.creationTime())).toList(), page.nextToken());
    }
  }

  /** A result column: its label and SQL type. */
  record Column(String name, String type) {}

  /** A page of results with typed values. */
  record ResultsView(String status, List<Column> columns, List<List<JsonNode>> rows, int resultsCount,
      long totalResultsCount, long bytesScanned, String nextToken, String errorMessage) {
    static ResultsView of(QueryResultsPage page) {
      List<ResultColumn> columns = page.columns();
      List<List<JsonNode>> rows = new ArrayList<>(page.typedRows().size());
      for (List<Object> row : page.typedRows()) {
        List<JsonNode> values = new ArrayList<>(row.size());
        for (int index = 0; index < row.size(); index++) {
          values.add(ResultValues.node(row.get(index), columns.get(index).type()));
        }
        rows.add(values);
      }
      return new ResultsView(page.status().name(), columns.stream()
          .map(column -> new Column(column.label(), column.type().sqlName())).toList(), rows, page.resultsCount(),
          page.totalResultsCount(), page.bytesScanned(), page.nextToken(), page.errorMessage());
    }
  }
}
