package dev.eventlake.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.bench.BenchConfig;
import dev.eventlake.bench.measure.Folders;
import dev.eventlake.store.generate.EventGenerator;
import dev.eventlake.store.generate.GeneratorConfig;
import dev.eventlake.store.generate.GeneratorSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Generates the logs of a run with the same generator as {@code eventlake generate}, or reuses them: each
 * (events, days, seed, last day) gets its own folder, which counts as complete once the summary file next to it
 * ({@code <folder>.json}) exists.
 */
public final class LogCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LogCorpus() {}

  /** The logs for {@code config}, generated now unless a complete earlier generation is there. */
  public static Corpus prepare(BenchConfig config, Consumer<String> progress) throws IOException {
    Path directory = config.dataDirectory().resolve("logs").resolve(String.format("%d-events-%d-days-seed-%d-to-%s",
        config.events(), config.days(), config.seed(), config.lastDay()));
    Path summaryFile = directory.resolveSibling(directory.getFileName() + ".json");
    if (Files.isRegularFile(summaryFile)) {
      Summary summary = JSON.readValue(summaryFile.toFile(), Summary.class);
      progress.accept(String.format("reusing %,d generated events in %s", summary.events(), directory));
      return new Corpus(directory, summary.events(), summary.files(), summary.bytes(), true, 0);
    }
    Folders.deleteRecursively(directory);
    progress.accept(String.format("generating %,d events over %d days into %s", config.events(), config.days(),
        directory));
    long started = System.nanoTime();
    GeneratorSummary generated = new EventGenerator(new GeneratorConfig(directory, config.events(), config.days(),
        config.seed(), config.lastDay())).generate();
    long nanos = System.nanoTime() - started;
    Summary summary = new Summary(generated.events(), generated.files(), generated.bytes());
    JSON.writeValue(summaryFile.toFile(), summary);
    return new Corpus(directory, summary.events(), summary.files(), summary.bytes(), false, nanos);
  }

  /** What {@code corpus.json} records about a finished generation. */
  record Summary(long events, long files, long bytes) {}
}
