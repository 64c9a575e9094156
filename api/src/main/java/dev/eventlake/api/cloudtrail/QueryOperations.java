package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.cloudtrail.QueryShapes.CancelInput;
import dev.eventlake.api.cloudtrail.QueryShapes.CancelOutput;
import dev.eventlake.api.cloudtrail.QueryShapes.DescribeInput;
import dev.eventlake.api.cloudtrail.QueryShapes.DescribeOutput;
import dev.eventlake.api.cloudtrail.QueryShapes.GenerateInput;
import dev.eventlake.api.cloudtrail.QueryShapes.ListInput;
import dev.eventlake.api.cloudtrail.QueryShapes.ListOutput;
import dev.eventlake.api.cloudtrail.QueryShapes.QueryItem;
import dev.eventlake.api.cloudtrail.QueryShapes.ResultsInput;
import dev.eventlake.api.cloudtrail.QueryShapes.ResultsOutput;
import dev.eventlake.api.cloudtrail.QueryShapes.ResultsStatistics;
import dev.eventlake.api.cloudtrail.QueryShapes.StartInput;
import dev.eventlake.api.cloudtrail.QueryShapes.StartOutput;
import dev.eventlake.query.saved.SavedQueries;
import dev.eventlake.query.service.QueryDescription;
import dev.eventlake.query.service.QueryListPage;
import dev.eventlake.query.service.QueryListRequest;
import dev.eventlake.query.service.QueryResultsPage;
import dev.eventlake.query.service.QueryService;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.List;

/**
 * The query operations of section 2.2 over the {@link QueryService}; StartQuery runs SQL or, by {@code QueryAlias}, a
 * saved query with positional {@code QueryParameters} (see {@link StartQueryRequests}).
 */
public final class QueryOperations {
  private final QueryService queries;
  private final StartQueryRequests requests;

  public QueryOperations(QueryService queries, SavedQueries saved) {
    this.queries = queries;
    this.requests = new StartQueryRequests(saved);
  }

  public List<Operation> operations() {
    return List.of(
        Operation.of("StartQuery", Access.READ, StartInput.class, (input, caller) -> start(input)),
        Operation.of("DescribeQuery", Access.READ, DescribeInput.class, (input, caller) -> describe(input)),
        Operation.of("GetQueryResults", Access.READ, ResultsInput.class, (input, caller) -> results(input)),
        Operation.of("ListQueries", Access.READ, ListInput.class, (input, caller) -> list(input)),
        Operation.of("CancelQuery", Access.READ, CancelInput.class, (input, caller) -> {
          QueryDescription cancelled = queries.cancel(queryId(input.queryId(), null));
          return new CancelOutput(cancelled.queryId(), cancelled.status().name());
        }),
        Operation.of("GenerateQuery", Access.READ, GenerateInput.class, (input, caller) -> {
          throw LakeException.of(ErrorCode.UNSUPPORTED_OPERATION, "GenerateQuery (natural-language to SQL) is not "
              + "offered by Eventlake; write the SQL, or start from a sample query");
        }));
  }

  private StartOutput start(StartInput input) {
    return new StartOutput(queries.start(requests.of(input)));
  }

  private DescribeOutput describe(DescribeInput input) {
    if (input.queryId() == null && input.queryAlias() != null) {
      return DescribeOutput.of(queries.describeLatest(input.queryAlias()));
    }
    return DescribeOutput.of(queries.describe(queryId(input.queryId(), null)));
  }

  private ResultsOutput results(ResultsInput input) {
    QueryResultsPage page = queries.results(queryId(input.queryId(), null), input.nextToken(),
        input.maxQueryResults());
    return new ResultsOutput(page.status().name(), new ResultsStatistics(page.resultsCount(),
        page.totalResultsCount(), page.bytesScanned()), page.stringRows(), page.nextToken(), page.errorMessage());
  }

  private ListOutput list(ListInput input) {
    if (input.eventDataStore() == null) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "ListQueries needs EventDataStore: the ARN or ID of a store");
    }
    QueryListPage page = queries.list(new QueryListRequest(input.eventDataStore(), input.startTime(),
        input.endTime(), input.queryStatus(), input.nextToken(), input.maxResults()));
    return new ListOutput(page.queries().stream()
        .map(query -> new QueryItem(query.queryId(), query.status().name(), query.creationTime())).toList(),
        page.nextToken());
  }

  private static String queryId(String queryId, String queryAlias) {
    if (queryId == null) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "QueryId is required: the ID StartQuery returned");
    }
    return queryId;
  }
}
