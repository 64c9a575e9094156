package dev.eventlake.bench.query;

import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.scan.ScanStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs queries in-process in Eventlake's engine, as {@code eventlake query} does. */
final class LakeRunner implements EngineRunner {
  private final LakeEngine engine;

  LakeRunner(LakeEngine engine) {
    this.engine = engine;
  }

  @Override
  public QueryOutcome run(String sql) {
    ScanStatistics statistics = new ScanStatistics();
    List<List<Object>> rows = new ArrayList<>();
    try (StatementExecution execution = engine.start(sql, statistics)) {
      while (execution.next()) {
        rows.add(Arrays.asList(execution.row()));
      }
    }
    return new QueryOutcome(rows, statistics);
  }
}
