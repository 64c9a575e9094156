package dev.eventlake.bench.report;

import static dev.eventlake.bench.report.Formats.count;
import static dev.eventlake.bench.report.Formats.mebibytes;
import static dev.eventlake.bench.report.Formats.millis;
import static dev.eventlake.bench.report.Formats.ratio;

import dev.eventlake.bench.measure.MemoryPeak;
import dev.eventlake.bench.measure.Timings;
import dev.eventlake.bench.query.QueryMeasurement;
import dev.eventlake.bench.query.QueryParameters;
import dev.eventlake.bench.query.QueryPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The query section: medians, ratios, scan figures, every timed run, and the SQL of both dialects. */
final class QuerySection {
  private QuerySection() {}

  static void write(Markdown markdown, QueryPhase phase, int runs) {
    markdown.heading(2, "Queries");
    markdown.paragraph("Warm: each engine runs the whole suite once untimed (whose rows are compared), then " + runs
        + " timed passes over the suite; medians in milliseconds. Ratio = Eventlake / DuckDB (below 1 = Eventlake "
        + "faster). Scan figures are Eventlake's own statistics from its last run.");
    List<List<String>> rows = new ArrayList<>();
    int number = 1;
    for (QueryMeasurement measurement : phase.measurements()) {
      rows.add(List.of(Integer.toString(number++), "`" + measurement.query().name() + "`",
          measurement.query().kind().name().toLowerCase(java.util.Locale.ROOT), count(measurement.rows()),
          millis(measurement.lake().medianNanos()), millis(measurement.duck().medianNanos()),
          ratio(measurement.ratio()), count(measurement.eventsScanned()), mebibytes(measurement.bytesScanned()),
          count(measurement.filesRead()) + " / " + count(measurement.filesSkipped()),
          measurement.matches() ? "equal" : "**MISMATCH**"));
    }
    markdown.table(List.of(" #", "Query", "Kind", " Rows", " Eventlake ms", " DuckDB ms", " Ratio",
        " Events scanned", " Bytes scanned", " Files read / skipped", "Answers"), rows);
    markdown.bullets(List.of(
        "Geometric mean of the ratios: **" + ratio(phase.geometricMeanRatio()) + "** (target ≤ 1.00×).",
        "Geometric mean over the needle and time-window queries: **" + ratio(phase.pruningGeometricMeanRatio())
            + "** (target ≤ 0.50× for each of them).",
        "Peak memory while Eventlake ran the suite: heap " + memory(phase.lakeMemory()) + "; while DuckDB ran it: "
            + "heap " + memory(phase.duckMemory()) + "."));
    for (QueryMeasurement mismatch : phase.mismatches()) {
      markdown.paragraph("**Result mismatch in `" + mismatch.query().name() + "`:** " + mismatch.mismatch());
    }
    writeRuns(markdown, phase);
    writeSql(markdown, phase);
  }

  private static String memory(MemoryPeak peak) {
    return mebibytes(peak.heapBytes()) + ", process RSS " + mebibytes(peak.rssBytes()) + " (" 
        + mebibytes(peak.rssAtStartBytes()) + " at the start)";
  }

  private static void writeRuns(Markdown markdown, QueryPhase phase) {
    markdown.heading(3, "Every run (ms)");
    List<List<String>> rows = phase.measurements().stream().map(measurement -> List.of(
        "`" + measurement.query().name() + "`", millis(measurement.lakeWarmUpNanos()), runs(measurement.lake()),
        millis(measurement.duckWarmUpNanos()), runs(measurement.duck()))).toList();
    markdown.table(List.of("Query", " Eventlake untimed first run", "Eventlake timed runs",
        " DuckDB untimed first run", "DuckDB timed runs"), rows);
  }

  private static String runs(Timings timings) {
    return timings.nanos().stream().map(nanos -> millis(nanos)).collect(Collectors.joining(", "));
  }

  private static void writeSql(Markdown markdown, QueryPhase phase) {
    QueryParameters parameters = phase.parameters();
    markdown.heading(3, "Query texts");
    markdown.paragraph(String.format("Parameters chosen from the data: day %s, last day %s, access key `%s`, "
        + "principal `%s`, bucket `%s`, event ID `%s`.", parameters.day(), parameters.lastDay(),
        parameters.accessKeyId(), parameters.principalArn(), parameters.bucket(), parameters.eventId()));
    for (QueryMeasurement measurement : phase.measurements()) {
      markdown.paragraph("`" + measurement.query().name() + "`, Eventlake, then DuckDB:");
      markdown.code("sql", measurement.query().lakeSql());
      markdown.code("sql", measurement.query().duckSql());
    }
  }
}
