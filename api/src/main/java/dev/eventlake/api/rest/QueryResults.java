package dev.eventlake.api.rest;

import dev.eventlake.api.rest.QueryJson.ResultsView;
import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.service.QueryDescription;
import dev.eventlake.query.service.QueryResultsPage;
import dev.eventlake.query.service.QueryService;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /v1/queries/{id}/results} in the format {@code Accept} asks for: a JSON page with typed values, a CSV
 * page (RFC 4180, header row, CRLF; the next page's token in the {@code Eventlake-Next-Token} header), or the
 * whole result as one Arrow IPC stream (no paging).
 */
final class QueryResults {
  static final String NEXT_TOKEN_HEADER = "Eventlake-Next-Token";
  private final QueryService queries;

  QueryResults(QueryService queries) {
    this.queries = queries;
  }

  void write(RestExchange exchange) throws IOException {
    String id = exchange.path("id");
    String token = exchange.query("nextToken");
    Integer maxResults = exchange.queryInteger("maxResults", ErrorCode.INVALID_MAX_RESULTS);
    ResultFormat format = ResultFormat.negotiate(exchange.header("Accept"));
    switch (format) {
      case JSON -> exchange.respond(200, ResultsView.of(queries.results(id, token, maxResults)));
      case CSV -> writeCsv(exchange, requireResults(id), token, maxResults);
      case ARROW -> {
        if (token != null || maxResults != null) {
          throw LakeException.of(ErrorCode.INVALID_PARAMETER_COMBINATION, "the Arrow stream holds the whole result;"
              + " nextToken and maxResults page JSON and CSV results only");
        }
        requireResults(id);
        try (OutputStream out = exchange.stream(200, format.mediaType())) {
          queries.arrowStream(id, out);
        }
      }
    }
  }

  private String requireResults(String id) {
    QueryDescription query = queries.describe(id);
    if (!query.status().hasResults()) {
      throw LakeException.of(ErrorCode.INVALID_QUERY_STATUS, "query %s is %s; CSV and Arrow results exist once it "
          + "is FINISHED or TIMED_OUT (GET /v1/queries/%s shows its status)", id, query.status(), id);
    }
    return id;
  }

  private void writeCsv(RestExchange exchange, String id, String token, Integer maxResults) throws IOException {
    QueryResultsPage page = queries.results(id, token, maxResults);
    StringBuilder csv = new StringBuilder();
    List<ResultColumn> columns = page.columns();
    appendRecord(csv, columns.stream().map(ResultColumn::label).toList());
    for (List<Object> row : page.typedRows()) {
      String[] cells = new String[row.size()];
      for (int index = 0; index < cells.length; index++) {
        cells[index] = ResultValues.cell(row.get(index), columns.get(index).type());
      }
      appendRecord(csv, List.of(cells));
    }
    if (page.nextToken() != null) {
      exchange.responseHeader(NEXT_TOKEN_HEADER, page.nextToken());
    }
    try (OutputStream out = exchange.stream(200, "text/csv; charset=utf-8; header=present")) {
      out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** One CSV record: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF at the end. */
  static void appendRecord(StringBuilder csv, List<String> fields) {
    for (int index = 0; index < fields.size(); index++) {
      if (index > 0) {
        csv.append(',');
      }
      String field = fields.get(index);
      if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
          || field.indexOf('\n') >= 0) {
        csv.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        csv.append(field);
      }
    }
    csv.append("\r\n");
  }
}
