package dev.eventlake.api.cli;

import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.result.ValueText;
import dev.eventlake.query.scan.ScanStatistics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventlake query}: runs one CloudTrail Lake SQL statement in-process and prints its rows. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a CloudTrail Lake SQL query (FROM <store ID or name>) and print the rows.")
final class QueryCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin LakeOptions lake;

  @Option(names = "--format", defaultValue = "table",
      description = "Row format: table, csv, json (array of objects) or jsonl (one JSON array per row).")
  RowFormat format;

  @Option(names = "--stats", description = "Also print events and bytes scanned to standard error.")
  boolean statistics;

  @Parameters(paramLabel = "SQL", description = "The query, e.g. \"SELECT eventName, COUNT(*) FROM my-store "
      + "GROUP BY 1\".")
  String sql;

  @Override
  public Integer call() {
    ScanStatistics scanStatistics = new ScanStatistics();
    long started = System.nanoTime();
    List<List<String>> rows = new ArrayList<>();
    List<String> labels;
    try (LakeEngine engine = new LakeEngine(lake.openLake(), QueryEngineConfig.defaults());
        StatementExecution execution = engine.start(sql, scanStatistics)) {
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
