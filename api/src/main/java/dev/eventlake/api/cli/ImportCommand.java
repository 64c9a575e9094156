package dev.eventlake.api.cli;

import dev.eventlake.store.Lake;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.ImportResult;
import dev.eventlake.store.ingest.ImportStatistics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventlake import}: load CloudTrail log files (AWSLogs trees, folders or files) into a store. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import CloudTrail log files (.json, .json.gz, NDJSON) into an event data store.")
final class ImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin LakeOptions lake;

  @Option(names = "--store", required = true, description = "Destination store: ID, ARN or name.")
  String store;

  @Option(names = "--start", description = "Only events at or after this time (ISO-8601, UTC if no zone).")
  String start;

  @Option(names = "--end", description = "Only events at or before this time (ISO-8601, UTC if no zone).")
  String end;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders or files to import.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    Lake opened = lake.openLake();
    ImportRange range = new ImportRange(TimeArgument.parse("--start", start), TimeArgument.parse("--end", end));
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null && lake.output == OutputFormat.text;
    ImportListener listener = terminal ? statistics -> progress(err, statistics) : ImportListener.NONE;
    ImportResult result = opened.importLogs(store, paths, range, listener);
    if (terminal) {
      err.println();
    }
    Printer.print(spec.commandLine().getOut(), lake.output, result, ImportCommand::describe);
    return result.statistics().failedEntries() == 0 ? 0 : 3;
  }

  private static void progress(PrintWriter err, ImportStatistics statistics) {
    long done = statistics.filesCompleted();
    long total = Math.max(1, statistics.filesFound());
    int width = 30;
    int filled = (int) (width * done / total);
    err.printf("\r[%s%s] %,d/%,d files  %,d events", "#".repeat(filled), " ".repeat(width - filled), done, total,
        statistics.eventsCompleted());
    err.flush();
  }

  private static String describe(ImportResult result) {
    ImportStatistics s = result.statistics();
    StringBuilder text = new StringBuilder(String.format(
        "Prefixes: %,d found, %,d completed%nFiles:    %,d found, %,d completed (%,d already imported)%n"
            + "Events:   %,d imported, %,d not selected by the store or the time range%nFailed entries: %,d",
        s.prefixesFound(), s.prefixesCompleted(), s.filesFound(), s.filesCompleted(), s.filesAlreadyImported(),
        s.eventsCompleted(), s.eventsNotSelected(), s.failedEntries()));
    result.failures().forEach(failure -> text.append(System.lineSeparator()).append("  ")
        .append(failure.errorType()).append(": ").append(failure.errorMessage()));
    return text.toString();
  }
}
