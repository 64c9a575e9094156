package dev.eventlake.bench.query;

import dev.eventlake.bench.DuckDbSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs queries in DuckDB over JDBC, fetching every value with {@code getObject}. */
final class DuckDbRunner implements EngineRunner {
  private final DuckDbSession duck;

  DuckDbRunner(DuckDbSession duck) {
    this.duck = duck;
  }

  @Override
  public QueryOutcome run(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = duck.connection().createStatement(); ResultSet results = statement.executeQuery(sql)) {
      int columns = results.getMetaData().getColumnCount();
      while (results.next()) {
        List<Object> row = new ArrayList<>(columns);
        for (int column = 1; column <= columns; column++) {
          row.add(results.getObject(column));
        }
        rows.add(row);
      }
    }
    return new QueryOutcome(rows, null);
  }
}
