package dev.eventlake.api.cli;

import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.result.ValueText;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.store.Lake;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one statement in-process and prints its rows, for {@code eventlake query} and {@code eventlake saved run}. */
final class StatementOutput {
  private StatementOutput() {}

  /** Runs {@code statement} over {@code lake}, prints the rows in {@code format} and, if asked, the statistics. */
  static int print(CommandSpec spec, Lake lake, BoundStatement statement, RowFormat format, boolean statistics) {
    ScanStatistics scanStatistics = new ScanStatistics();
    long started = System.nanoTime();
    List<List<String>> rows = new ArrayList<>();
    List<String> labels;
    try (LakeEngine engine = new LakeEngine(lake, QueryEngineConfig.defaults());
        StatementExecution execution = engine.start(statement, scanStatistics)) {
      List<ResultColumn> columns = execution.columns();
      labels = columns.stream().map(ResultColumn::label).toList();
      while (execution.next()) {
        rows.add(render(execution.row(), columns));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    format.print(out, labels, rows);
    out.flush();
    if (statistics) {
      spec.commandLine().getErr().printf("%,d rows; %s; %,d ms%n", rows.size(), scanStatistics,
          (System.nanoTime() - started) / 1_000_000);
    }
    return 0;
  }

  private static List<String> render(Object[] row, List<ResultColumn> columns) {
    List<String> values = new ArrayList<>(row.length);
    for (int index = 0; index < row.length; index++) {
      values.add(ValueText.render(row[index], columns.get(index).type()));
    }
    return values;
  }
}
