package dev.eventlake.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.bench.query.QueryMeasurement;
import dev.eventlake.bench.report.MarkdownReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole benchmark at a small size (one timed run per query), so the harness never rots. */
class BenchSmokeIT {
  private static final long EVENTS = 20_000;

  @TempDir
  Path directory;

  @Test
  void runsEndToEndWithTheSameAnswersInBothEnginesAndWritesTheReport() throws Exception {
    Path report = directory.resolve("results").resolve("smoke.md");
    BenchConfig config = new BenchConfig(EVENTS, 1, 1, directory.resolve("data"), report, 42,
        LocalDate.of(2025, 6, 30), true, 512L << 20);
    List<String> progress = new ArrayList<>();

    BenchResult result = new Benchmark(config, line -> {
      progress.add(line);
      System.out.println(java.time.LocalTime.now() + " " + line);
    }).run();
    MarkdownReport.write(result, report);

    assertThat(result.queries().mismatches()).as("queries whose answers differ").isEmpty();
    assertThat(result.queries().measurements()).hasSizeGreaterThanOrEqualTo(12)
        .allSatisfy(measurement -> assertThat(measurement.lake().nanos()).hasSize(1));
    assertThat(result.lakeIngest().measurement().events()).as("events plus the generator's rare redeliveries")
        .isBetween(EVENTS, EVENTS + EVENTS / 1000);
    assertThat(result.duckIngest().events()).isGreaterThanOrEqualTo(EVENTS);
    assertThat(result.queries().measurements()).filteredOn(measurement -> measurement.rows() == 0)
        .as("every query finds something").isEmpty();
    String text = Files.readString(report);
    assertThat(text).contains("## Ingest", "## Queries", "Geometric mean", "Profile: ingest");
    for (QueryMeasurement measurement : result.queries().measurements()) {
      assertThat(text).contains("`" + measurement.query().name() + "`");
    }
    assertThat(MarkdownReport.summary(result)).anySatisfy(line -> assertThat(line).startsWith("Query geometric"));
  }
}
