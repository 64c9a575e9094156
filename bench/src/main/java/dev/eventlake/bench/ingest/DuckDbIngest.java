package dev.eventlake.bench.ingest;

import dev.eventlake.bench.DuckDbSession;
import dev.eventlake.bench.corpus.Corpus;
import dev.eventlake.bench.measure.Folders;
import dev.eventlake.bench.measure.MemoryPeak;
import dev.eventlake.bench.measure.Profile;
import dev.eventlake.bench.measure.ResourceMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * DuckDB's ingest of the same logs: each gzip file read as one JSON document ({@code read_json_objects}), parsed
 * with {@code json_transform} into exactly Eventlake's columns (no schema sampling; missing members become NULL),
 * one row per record, written with {@code COPY … TO} as ZSTD Parquet partitioned by event day with row groups of
 * Eventlake's size. This is the fastest form found: {@code read_json} with the same columns spelled out parses the
 * same data about ten times slower on small CloudTrail files (its set-up per file dominates).
 */
public final class DuckDbIngest {
  private static final int MIN_OBJECT_BYTES = 1 << 20;

  private DuckDbIngest() {}

  /** The statement; {@code maximumObjectBytes} must hold the largest uncompressed log file. */
  static String copyStatement(Path logs, Path output, long maximumObjectBytes) {
    String files = DuckDbSession.literal(logs.toAbsolutePath() + "/**/*.json.gz");
    return "COPY (SELECT r.*, CAST(r.eventTime AS DATE) AS event_date FROM (SELECT unnest(json_transform(json, "
        + DuckDbSession.literal(DuckDbTypes.logFileStructure()) + ").Records) AS r FROM read_json_objects(" + files
        + ", compression = 'gzip', maximum_object_size = " + maximumObjectBytes + "))) TO "
        + DuckDbSession.literal(output.toAbsolutePath().toString())
        + " (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (event_date), ROW_GROUP_SIZE 65536)";
  }

  /** Deletes {@code output}, then converts the logs into it, timed. */
  public static IngestMeasurement run(DuckDbSession duck, Corpus corpus, Path output, ResourceMonitor monitor)
      throws IOException, SQLException {
    Folders.deleteRecursively(output);
    long objectBytes = Math.max(MIN_OBJECT_BYTES, Long.highestOneBit(GzipSizes.largestUncompressed(
        corpus.directory())) * 2);
    String statement = copyStatement(corpus.directory(), output, objectBytes);
    monitor.beginPhase();
    long started = System.nanoTime();
    duck.execute(statement);
    long nanos = System.nanoTime() - started;
    MemoryPeak memory = monitor.endPhase();
    long rows = ((Number) duck.single("SELECT count(*) FROM read_parquet("
        + DuckDbSession.literal(output.toAbsolutePath() + "/*/*.parquet") + ")")).longValue();
    return new IngestMeasurement("DuckDB", rows, nanos, Folders.bytes(output, ".parquet"), parquetFiles(output),
        memory, Profile.NONE);
  }

  private static long parquetFiles(Path output) throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".parquet")).count();
    }
  }
}
