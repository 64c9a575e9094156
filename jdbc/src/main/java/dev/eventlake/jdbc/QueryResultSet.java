package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.client.EventlakeClient;
import dev.eventlake.client.EventlakeClientException;
import dev.eventlake.client.ResultPage;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The results of one finished query, read page by page as the cursor moves: only the current page is held in
 * memory, and the next is fetched with its token when the cursor passes the last row. The page size is the
 * statement's fetch size, else the connection's {@code pageSize}; {@code maxRows} stops reading early.
 */
final class QueryResultSet extends RowResultSet {
  private final EventlakeClient client;
  private final String queryId;
  private final long maxRows;
  private final int defaultPageSize;
  private List<List<JsonNode>> page;
  private String nextToken;
  private int index = -1;
  private long rowsRead;

  private QueryResultSet(Statement statement, EventlakeClient client, String queryId, ResultPage first,
      long maxRows, int defaultPageSize) {
    super(statement, first.columns().stream().map(column -> ResultColumn.ofQuery(column.name(), column.type()))
        .toList());
    this.client = client;
    this.queryId = queryId;
    this.maxRows = maxRows;
    this.defaultPageSize = defaultPageSize;
    this.page = first.rows();
    this.nextToken = first.nextToken();
  }

  /** Reads the first page of the results of {@code queryId}, which has ended FINISHED or TIMED_OUT. */
  static QueryResultSet open(Statement statement, EventlakeClient client, String queryId, int pageSize,
      long maxRows) throws SQLException {
    try {
      ResultPage first = client.results(queryId, null, pageSize);
      return new QueryResultSet(statement, client, queryId, first, maxRows, pageSize);
    } catch (EventlakeClientException failure) {
      throw SqlErrors.of(failure);
    }
  }

  @Override
  protected boolean advance() throws SQLException {
    if (maxRows > 0 && rowsRead >= maxRows) {
      return false;
    }
    while (index + 1 >= page.size()) {
      if (nextToken == null) {
        return false;
      }
      fetchNextPage();
    }
    index++;
    rowsRead++;
    return true;
  }

  private void fetchNextPage() throws SQLException {
    try {
      int pageSize = getFetchSize() > 0 ? Math.min(getFetchSize(), 1000) : defaultPageSize;
      ResultPage next = client.results(queryId, nextToken, pageSize);
      page = next.rows();
      nextToken = next.nextToken();
      index = -1;
    } catch (EventlakeClientException failure) {
      throw SqlErrors.of(failure);
    }
  }

  @Override
  protected List<JsonNode> currentRow() {
    return page.get(index);
  }

  @Override
  protected boolean hasRows() {
    return !page.isEmpty() || nextToken != null;
  }

  /** The ID of the query these results belong to. */
  String queryId() {
    return queryId;
  }

  @Override
  protected void release() throws SQLException {
    page = List.of();
    nextToken = null;
    if (getStatement() instanceof EventlakeStatement statement) {
      statement.resultSetClosed(this);
    }
  }
}
