package dev.eventlake.api.cli;

import dev.eventlake.query.sql.BoundStatement;
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
    return StatementOutput.print(spec, lake.openLake(), BoundStatement.of(sql), format, statistics);
  }
}
