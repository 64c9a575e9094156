package dev.eventlake.bench.report;

import static dev.eventlake.bench.report.Formats.count;
import static dev.eventlake.bench.report.Formats.decimal;
import static dev.eventlake.bench.report.Formats.mebibytes;
import static dev.eventlake.bench.report.Formats.ratio;

import dev.eventlake.bench.BenchResult;
import dev.eventlake.bench.corpus.Corpus;
import dev.eventlake.bench.ingest.ColumnSizes.ColumnSize;
import dev.eventlake.bench.ingest.IngestMeasurement;
import dev.eventlake.store.ingest.ImportStatistics;
import java.util.ArrayList;
import java.util.List;

/** The ingest section: the logs, both engines' figures and their ratios. */
final class IngestSection {
  private static final int TOP_COLUMNS = 8;

  private IngestSection() {}

  static void write(Markdown markdown, BenchResult result) {
    Corpus corpus = result.corpus();
    IngestMeasurement lake = result.lakeIngest().measurement();
    IngestMeasurement duck = result.duckIngest();
    markdown.heading(2, "Ingest");
    markdown.paragraph(String.format("Logs: %s events in %s `.json.gz` files, %s (%s gzip JSON bytes per event)%s.",
        count(corpus.events()), count(corpus.files()), mebibytes(corpus.gzipBytes()),
        decimal(corpus.gzipBytesPerEvent(), 1), corpus.reused() ? ", reused from an earlier run"
            : String.format(", generated in %s s", decimal(corpus.generationNanos() / 1e9, 1))));
    markdown.table(List.of("Engine", " Events", " Wall time (s)", " Events/s", " Parquet size", " Bytes/event",
        " Parquet files", " Peak heap", " Peak RSS (at start)"), List.of(row(lake), row(duck)));
    ImportStatistics statistics = result.lakeIngest().statistics();
    markdown.bullets(List.of(
        "Ingest rate Eventlake/DuckDB: **" + ratio(result.ingestRateRatio()) + "** (target ≥ 1.00×).",
        "Eventlake bytes on disk / gzip JSON bytes: **" + ratio(result.storageRatio()) + "** (target ≤ 0.50×); "
            + "DuckDB's Parquet / gzip JSON: " + ratio(duck.bytesPerEvent() / corpus.gzipBytesPerEvent()) + ".",
        String.format("Eventlake's import: %s files, %s already imported (identical content), %s events not "
            + "selected, %s failed entries. The store also keeps each record's original JSON (`eventJson`) and "
            + "its checksum; DuckDB's output has only the parsed columns.", count(statistics.filesFound()),
            count(statistics.filesAlreadyImported()), count(statistics.eventsNotSelected()),
            count(statistics.failedEntries())),
        String.format("Setup, not timed: the second store (management events of the last 7 days, for the join) "
            + "took %s s to import.", decimal(result.lakeIngest().recentImportNanos() / 1e9, 1))));
    writeColumnSizes(markdown, result.lakeIngest().columnSizes(), lake.events());
  }

  private static void writeColumnSizes(Markdown markdown, List<ColumnSize> sizes, long events) {
    long total = sizes.stream().mapToLong(ColumnSize::bytes).sum();
    List<List<String>> rows = new ArrayList<>();
    for (ColumnSize size : sizes.subList(0, Math.min(TOP_COLUMNS, sizes.size()))) {
      rows.add(sizeRow("`" + size.column() + "`", size.bytes(), events, total));
    }
    long rest = sizes.stream().skip(TOP_COLUMNS).mapToLong(ColumnSize::bytes).sum();
    rows.add(sizeRow("the other " + Math.max(0, sizes.size() - TOP_COLUMNS) + " columns", rest, events, total));
    markdown.paragraph("Where Eventlake's bytes go (compressed column chunks, by top-level column):");
    markdown.table(List.of("Column", " Size", " Bytes/event", " Share"), rows);
  }

  private static List<String> sizeRow(String name, long bytes, long events, long total) {
    return List.of(name, mebibytes(bytes), decimal((double) bytes / events, 1),
        decimal(100.0 * bytes / Math.max(1, total), 1) + " %");
  }

  private static List<String> row(IngestMeasurement ingest) {
    return List.of(ingest.engine(), count(ingest.events()), decimal(ingest.seconds(), 1),
        decimal(ingest.eventsPerSecond(), 0), mebibytes(ingest.parquetBytes()), decimal(ingest.bytesPerEvent(), 1),
        count(ingest.parquetFiles()), mebibytes(ingest.memory().heapBytes()),
        mebibytes(ingest.memory().rssBytes()) + " (" + mebibytes(ingest.memory().rssAtStartBytes()) + ")");
  }
}
