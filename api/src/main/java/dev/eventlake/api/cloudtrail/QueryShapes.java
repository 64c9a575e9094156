package dev.eventlake.api.cloudtrail;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventlake.query.service.QueryDelivery;
import dev.eventlake.query.service.QueryDescription;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Wire shapes of the query operations of section 2.2. */
public final class QueryShapes {
  private QueryShapes() {}

  /** StartQuery input. */
  public record StartInput(String queryStatement, String deliveryS3Uri, String queryAlias,
      List<String> queryParameters, String eventDataStoreOwnerAccountId) {}

  /** StartQuery output. */
  public record StartOutput(String queryId) {}

  /** DescribeQuery input. */
  public record DescribeInput(String eventDataStore, String queryId, String queryAlias, String refreshId,
      String eventDataStoreOwnerAccountId) {}

  /** DescribeQuery's statistics. */
  public record DescribeStatistics(long eventsMatched, long eventsScanned, long bytesScanned,
      long executionTimeInMillis, Instant creationTime) {}

  /** DescribeQuery output; a failed delivery's reason shows in ErrorMessage when the query itself succeeded. */
  public record DescribeOutput(String queryId, String queryString, String queryStatus,
      DescribeStatistics queryStatistics, String errorMessage, String deliveryS3Uri, String deliveryStatus) {

    static DescribeOutput of(QueryDescription description) {
      var statistics = description.statistics();
      QueryDelivery delivery = description.delivery();
      String errorMessage = description.errorMessage() != null || delivery == null ? description.errorMessage()
          : delivery.message();
      return new DescribeOutput(description.queryId(), description.queryString(), description.status().name(),
          new DescribeStatistics(statistics.eventsMatched(), statistics.eventsScanned(), statistics.bytesScanned(),
              statistics.executionTimeInMillis(), statistics.creationTime()), errorMessage,
          delivery == null ? null : delivery.destination(), delivery == null ? null : delivery.status().name());
    }
  }

  /** GetQueryResults input. */
  public record ResultsInput(String eventDataStore, String queryId, String nextToken, Integer maxQueryResults,
      String eventDataStoreOwnerAccountId) {}

  /** GetQueryResults statistics. */
  public record ResultsStatistics(long resultsCount, long totalResultsCount, long bytesScanned) {}

  /** GetQueryResults output. */
  public record ResultsOutput(String queryStatus, ResultsStatistics queryStatistics,
      List<List<Map<String, String>>> queryResultRows, String nextToken, String errorMessage) {}

  /** ListQueries input. */
  public record ListInput(String eventDataStore, String nextToken, Integer maxResults, Instant startTime,
      Instant endTime, String queryStatus) {}

  /** One item of ListQueries. */
  public record QueryItem(String queryId, String queryStatus, Instant creationTime) {}

  /** ListQueries output. */
  public record ListOutput(List<QueryItem> queries, String nextToken) {}

  /** CancelQuery input. */
  public record CancelInput(String eventDataStore, String queryId, String eventDataStoreOwnerAccountId) {}

  /** CancelQuery output. */
  public record CancelOutput(String queryId, String queryStatus) {}

  /** GenerateQuery input. */
  public record GenerateInput(List<String> eventDataStores, String prompt) {}

  /** SearchSampleQueries input. */
  public record SearchInput(String searchPhrase, Integer maxResults, String nextToken) {}

  /** One sample of SearchSampleQueries; {@code SQL} is spelled in capitals on the wire. */
  public record SearchResult(String name, String description, @JsonProperty("SQL") String sql, double relevance) {}

  /** SearchSampleQueries output. */
  public record SearchOutput(List<SearchResult> searchResults, String nextToken) {}
}
