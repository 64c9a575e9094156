package dev.eventlake.bench;

import dev.eventlake.bench.report.MarkdownReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventlake bench}: ingest and query speed side by side with DuckDB on the same files. */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "Eventlake bench 0.1.0",
    description = "Generate N events, ingest them into Eventlake and into DuckDB, run the audit query suite in "
        + "both engines over the store's Parquet files, check that the answers agree and write a markdown report.")
public final class BenchCommand implements Callable<Integer> {
  /** Exit code when the engines disagree on a query's answer. */
  static final int EXIT_MISMATCH = 3;
  private static final BenchConfig DEFAULTS = BenchConfig.defaults();

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--events", description = "Events to generate and ingest (default: ${DEFAULT-VALUE}).")
  long events = DEFAULTS.events();

  @Option(names = "--days", description = "Days the events spread over (default: ${DEFAULT-VALUE}).")
  int days = DEFAULTS.days();

  @Option(names = "--runs", description = "Timed runs per query and engine, after one warm-up run "
      + "(default: ${DEFAULT-VALUE}).")
  int runs = DEFAULTS.runs();

  @Option(names = "--data-dir", description = "Folder for generated logs (reused) and ingested files "
      + "(default: ${DEFAULT-VALUE}).")
  Path dataDirectory = DEFAULTS.dataDirectory();

  @Option(names = "--out", description = "Report file (default: bench/results/<date>-<events>.md).")
  Path out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    BenchConfig config = config();
    PrintWriter err = spec.commandLine().getErr();
    BenchResult result = new Benchmark(config, line -> {
      err.println("bench: " + line);
      err.flush();
    }).run();
    MarkdownReport.write(result, config.reportFile());
    PrintWriter printed = spec.commandLine().getOut();
    MarkdownReport.summary(result).forEach(printed::println);
    printed.println("Report: " + config.reportFile().toAbsolutePath());
    printed.flush();
    if (!result.queries().mismatches().isEmpty()) {
      err.println("bench: FAILED — the engines disagree on " + result.queries().mismatches().size()
          + " queries (a wrong answer is not fast); see the report.");
      return EXIT_MISMATCH;
    }
    return 0;
  }

  /** The options over the defaults. */
  BenchConfig config() {
    Path report = out != null ? out : BenchConfig.defaultReportFile(LocalDate.now(), events);
    return new BenchConfig(events, days, runs, dataDirectory, report, DEFAULTS.seed(), DEFAULTS.lastDay(),
        DEFAULTS.profile(), DEFAULTS.duckDbMemoryBytes());
  }
}
