package dev.eventlake.bench.report;

import static dev.eventlake.bench.report.Formats.count;
import static dev.eventlake.bench.report.Formats.decimal;
import static dev.eventlake.bench.report.Formats.mebibytes;
import static dev.eventlake.bench.report.Formats.met;
import static dev.eventlake.bench.report.Formats.ratio;

import dev.eventlake.bench.BenchResult;
import dev.eventlake.bench.measure.MachineInfo;
import dev.eventlake.bench.query.QueryMeasurement;
import dev.eventlake.bench.query.QueryPhase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a run's markdown report and the summary lines printed at the end of a run. */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** Writes the report to {@code file}, creating its folder. */
  public static void write(BenchResult result, Path file) throws IOException {
    Markdown markdown = new Markdown();
    markdown.heading(1, "Eventlake vs DuckDB: " + count(result.config().events()) + " events over "
        + result.config().days() + " days");
    writeSetting(markdown, result);
    markdown.heading(2, "Targets");
    markdown.table(List.of("Target", "Measured", "Status"), targets(result));
    IngestSection.write(markdown, result);
    QuerySection.write(markdown, result.queries(), result.config().runs());
    markdown.heading(2, "Where the time goes (Eventlake)");
    ProfileSection.write(markdown, "ingest", result.lakeIngest().measurement().profile());
    ProfileSection.write(markdown, "query suite (warm-up and timed runs)", result.queries().lakeProfile());
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, markdown.toString());
  }

  /** The lines printed when a run ends. */
  public static List<String> summary(BenchResult result) {
    List<String> lines = new ArrayList<>();
    targets(result).forEach(target -> lines.add(target.get(0) + ": " + target.get(1) + " — " + target.get(2)
        .replace("*", "")));
    for (QueryMeasurement measurement : result.queries().mismatches()) {
      lines.add("RESULT MISMATCH " + measurement.query().name() + ": " + measurement.mismatch());
    }
    return lines;
  }

  private static void writeSetting(Markdown markdown, BenchResult result) {
    MachineInfo machine = result.machine();
    markdown.bullets(List.of(
        "Date: " + result.startedAt() + "; whole run " + decimal(result.totalNanos() / 1e9, 0) + " s.",
        "Events: " + count(result.config().events()) + " generated over " + result.config().days()
            + " days ending " + result.config().lastDay() + " (seed " + result.config().seed() + "); "
            + result.config().runs() + " timed runs per query and engine.",
        "Machine: " + machine.cpu() + ", " + machine.cores() + " cores, " + mebibytes(machine.memoryBytes())
            + " memory; " + machine.operatingSystem() + ".",
        "Load average (1 min): " + decimal(result.loadAtStart(), 2) + " at the start, "
            + decimal(result.loadAtEnd(), 2) + " at the end.",
        "JVM: " + machine.jvm() + ", max heap " + mebibytes(machine.maxHeapBytes()) + ", options `"
            + String.join(" ", machine.jvmArguments()) + "`.",
        "DuckDB " + result.duckDbVersion() + " (JDBC, in the same process, all cores, memory_limit "
            + mebibytes(result.config().duckDbMemoryBytes()) + " (the JVM's maximum heap), spilling to disk beyond "
            + "it, preserve_insertion_order off). Eventlake's engine uses its defaults (as many scan threads as "
            + "cores).",
        "Both engines query the same files: the Eventlake store's Parquet files, which DuckDB reads directly with "
            + "`read_parquet(..., hive_partitioning = true)`."));
  }

  private static List<List<String>> targets(BenchResult result) {
    QueryPhase queries = result.queries();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Query geometric mean ≤ 1.00× DuckDB", ratio(queries.geometricMeanRatio()),
        met(queries.geometricMeanRatio() <= 1.0)));
    for (QueryMeasurement measurement : queries.measurements()) {
      if (measurement.query().kind().pruningTarget()) {
        rows.add(List.of("`" + measurement.query().name() + "` ≤ 0.50× DuckDB", ratio(measurement.ratio()),
            met(measurement.ratio() <= 0.5)));
      }
    }
    rows.add(List.of("Ingest ≥ 1.00× DuckDB's events/s", ratio(result.ingestRateRatio()),
        met(result.ingestRateRatio() >= 1.0)));
    rows.add(List.of("Bytes on disk ≤ 0.50× gzip JSON", ratio(result.storageRatio()),
        met(result.storageRatio() <= 0.5)));
    rows.add(List.of("Same answers in both engines", queries.mismatches().isEmpty() ? "all "
        + queries.measurements().size() + " queries" : queries.mismatches().size() + " mismatches",
        met(queries.mismatches().isEmpty())));
    return rows;
  }
}
