package dev.eventlake.api.cli;

import dev.eventlake.query.samples.SampleLibrary;
import dev.eventlake.query.samples.SampleMatch;
import dev.eventlake.query.samples.SampleQuery;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventlake samples …}: the built-in sample queries, listed, searched by words, shown. */
@Command(name = "samples", mixinStandardHelpOptions = true, description = "Browse the built-in sample queries; copy "
    + "one with 'saved copy-sample'.")
final class SamplesCommand {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--output", defaultValue = "text", description = "Output format: text or json.")
  OutputFormat output;

  @Command(name = "list", description = "List every sample query.")
  void list() {
    Printer.print(spec.commandLine().getOut(), output, SampleLibrary.builtIn().all(),
        all -> String.join("\n", all.stream().map(sample -> String.format("%-40s %s", sample.name(),
            sample.description())).toList()));
  }

  @Command(name = "search", description = "Find samples by words, best match first.")
  void search(@Parameters(paramLabel = "WORDS", arity = "1..*") List<String> words,
      @Option(names = "--max", defaultValue = "10", description = "How many to show (default: 10).") int max) {
    List<SampleMatch> matches = SampleLibrary.builtIn().search(String.join(" ", words)).stream().limit(max).toList();
    Printer.print(spec.commandLine().getOut(), output, matches, all -> all.isEmpty() ? "No sample matches."
        : String.join("\n", all.stream().map(match -> String.format("%.3f  %-40s %s", match.relevance(),
            match.sample().name(), match.sample().description())).toList()));
  }

  @Command(name = "show", description = "Show one sample: description, parameters and SQL.")
  void show(@Parameters(paramLabel = "SAMPLE") String name) {
    SampleQuery sample = SampleLibrary.builtIn().get(name);
    Printer.print(spec.commandLine().getOut(), output, sample, shown -> shown.name() + "\n" + shown.description()
        + "\nTags: " + String.join(", ", shown.tags()) + "\n" + String.join("", shown.parameters().stream()
        .map(parameter -> "Parameter :" + parameter.name() + " " + parameter.type() + (parameter.defaultValue() == null
            ? " (required)" : " default " + parameter.defaultValue()) + "\n").toList()) + "\n" + shown.sql());
  }
}
