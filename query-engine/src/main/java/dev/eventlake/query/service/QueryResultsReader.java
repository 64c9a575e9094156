package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;
import static dev.eventlake.store.error.ErrorCode.INVALID_NEXT_TOKEN;

import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.result.ResultFiles;
import dev.eventlake.query.result.ValueText;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;

/** Serves GetQueryResults pages and the Arrow stream export from a query's result file. */
final class QueryResultsReader {
  private final QueryFiles files;
  private final PageTokens tokens;
  private final BufferAllocator allocator;

  QueryResultsReader(QueryFiles files, PageTokens tokens, BufferAllocator allocator) {
    this.files = files;
    this.tokens = tokens;
    this.allocator = allocator;
  }

  /** One page; rows only when the query is FINISHED or TIMED_OUT. */
  QueryResultsPage page(QueryState state, String nextToken, Integer maxResults) {
    int pageSize = PageSizes.validate(maxResults, "MaxQueryResults");
    QueryRecord record = state.toRecord();
    long offset = nextToken == null ? 0 : offsetOf(nextToken, record);
    if (!record.status().hasResults()) {
      return new QueryResultsPage(record.status(), record.columns(), List.of(), List.of(), 0, 0,
          record.bytesScanned(), null, record.errorMessage());
    }
    List<Object[]> rows = readRows(record, offset, pageSize);
    long end = offset + rows.size();
    String followingToken = end < record.resultRowCount() ? tokens.issue(scope(record), Long.toString(end)) : null;
    return new QueryResultsPage(record.status(), record.columns(), stringRows(rows, record.columns()),
        rows.stream().map(row -> Collections.unmodifiableList(Arrays.asList(row))).toList(), rows.size(),
        record.resultRowCount(), record.bytesScanned(), followingToken, record.errorMessage());
  }

  /** Writes the whole result as an Arrow IPC stream; only for FINISHED and TIMED_OUT queries. */
  void copyAsStream(QueryRecord record, OutputStream out) throws IOException {
    Path file = files.resultFile(record.queryId());
    if (record.resultRowCount() == 0 && !Files.exists(file)) {
      ResultFiles.writeEmptyStream(record.columns(), out, allocator);
    } else {
      ResultFiles.copyAsStream(file, out, allocator);
    }
  }

  private long offsetOf(String token, QueryRecord record) {
    String position = tokens.verify(token, scope(record));
    long offset = Long.parseLong(position);
    if (offset < 0 || offset > record.resultRowCount()) {
      throw LakeException.of(INVALID_NEXT_TOKEN, "NextToken points past the end of the results of query %s.",
          record.queryId());
    }
    return offset;
  }

  private List<Object[]> readRows(QueryRecord record, long offset, int count) {
    if (offset >= record.resultRowCount()) {
      return List.of();
    }
    try {
      return ResultFiles.readRows(files.resultFile(record.queryId()), record.columns(), record.rowsPerBatch(),
          offset, count, allocator);
    } catch (IOException | RuntimeException failure) {
      throw new LakeException(INTERNAL_FAILURE, "The results of query " + record.queryId() + " cannot be read ("
          + failure + ").", failure);
    }
  }

  private static List<List<Map<String, String>>> stringRows(List<Object[]> rows, List<ResultColumn> columns) {
    List<List<Map<String, String>>> converted = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      List<Map<String, String>> cells = new ArrayList<>(columns.size());
      for (int column = 0; column < columns.size(); column++) {
        ResultColumn resultColumn = columns.get(column);
        cells.add(Collections.singletonMap(resultColumn.label(), ValueText.render(row[column], resultColumn.type())));
      }
      converted.add(Collections.unmodifiableList(cells));
    }
    return Collections.unmodifiableList(converted);
  }

  /** Tokens of one query are useless for any other: the scope binds them to the query ID. */
  private static String scope(QueryRecord record) {
    return "results/" + record.queryId();
  }
}
