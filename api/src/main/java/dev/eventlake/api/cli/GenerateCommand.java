package dev.eventlake.api.cli;

import dev.eventlake.store.generate.EventGenerator;
import dev.eventlake.store.generate.GeneratorConfig;
import dev.eventlake.store.generate.GeneratorSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventlake generate}: realistic synthetic CloudTrail logs in the AWSLogs layout, deterministic per seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write synthetic CloudTrail log files (AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/…).")
final class GenerateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, description = "Folder to write the AWSLogs tree into.")
  Path out;

  @Option(names = "--events", required = true, description = "How many events in total.")
  long events;

  @Option(names = "--days", defaultValue = "30", description = "Days the events spread over (default: 30).")
  int days;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed; same seed, same files (default: 1).")
  long seed;

  @Option(names = "--last-day", description = "Last UTC day of events (default: today).")
  LocalDate lastDay;

  @Option(names = "--output", defaultValue = "text", description = "Output format: text or json.")
  OutputFormat output;

  @Override
  public Integer call() throws Exception {
    LocalDate last = lastDay != null ? lastDay : LocalDate.now(ZoneOffset.UTC);
    GeneratorSummary summary = new EventGenerator(new GeneratorConfig(out, events, days, seed, last)).generate();
    Printer.print(spec.commandLine().getOut(), output, summary, s -> String.format(
        "Wrote %,d events in %,d files (%,d bytes) for %s to %s under %s", s.events(), s.files(), s.bytes(),
        s.firstDay(), s.lastDay(), out.toAbsolutePath()));
    return 0;
  }
}
