package dev.eventlake.store.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.ImportResult;
import dev.eventlake.store.ingest.LogImporter;
import dev.eventlake.store.storage.Hashing;
import dev.eventlake.store.storage.StorageConfig;
import dev.eventlake.store.storage.StoreFiles;
import dev.eventlake.store.testing.SourceRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated logs: the AWSLogs layout, exact counts, determinism per seed, and a clean import. */
class GeneratedLogsIT {
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);
  @TempDir Path directory;

  @Test
  void writesExactlyTheRequestedEventsInTheCloudTrailLayout() throws Exception {
    GeneratorSummary summary = generate("a", 20_000, 1);
    assertThat(summary.events()).isEqualTo(20_000);
    assertThat(summary.firstDay()).isEqualTo(LAST_DAY.minusDays(4));
    List<Path> files = files(directory.resolve("a"));
    assertThat(files).hasSize((int) summary.files());
    assertThat(files).allSatisfy(file -> assertThat(directory.resolve("a").relativize(file).toString()).matches(
        "AWSLogs/\\d{12}/CloudTrail/[a-z0-9-]+/\\d{4}/\\d{2}/\\d{2}/\\d{12}_CloudTrail_[a-z0-9-]+_\\d{8}T\\d{4}Z_"
            + "[A-Za-z0-9]{16}\\.json\\.gz"));
    List<JsonNode> records = SourceRecords.readAll(directory.resolve("a"));
    Set<String> distinctIds = new HashSet<>();
    records.forEach(record -> distinctIds.add(record.get("eventID").asText()));
    assertThat(distinctIds).hasSize(20_000);
    Instant first = LAST_DAY.minusDays(4).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    assertThat(records).allSatisfy(record -> assertThat(Instant.parse(record.get("eventTime").asText()))
        .isBetween(first, end));
    assertThat(records.stream().map(SourceRecords::category).distinct()).contains("Management", "Data");
    assertThat(records.stream().filter(record -> record.has("errorCode"))).isNotEmpty();
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
    generate("one", 5_000, 9);
    generate("two", 5_000, 9);
    generate("three", 5_000, 10);
    assertThat(digest(directory.resolve("one"))).isEqualTo(digest(directory.resolve("two")));
    assertThat(digest(directory.resolve("one"))).isNotEqualTo(digest(directory.resolve("three")));
  }

  @Test
  void generatedLogsImportWithoutFailures() throws Exception {
    generate("logs", 10_000, 3);
    StoreFiles store = StoreFiles.open(directory.resolve("store"), StorageConfig.defaults(), Clock.systemUTC());
    ImportResult result = new LogImporter(store, event -> true, 250_000, Clock.systemUTC())
        .importPaths(List.of(directory.resolve("logs")), ImportRange.ALL, ImportListener.NONE);
    assertThat(result.failures()).isEmpty();
    assertThat(store.eventCount()).isEqualTo(result.statistics().eventsCompleted()).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void aTimeRangeSkipsFilesByTheirPathDateAndKeepsOnlyEventsInside() throws Exception {
    GeneratorSummary summary = generate("ranged", 10_000, 4);
    Instant start = LAST_DAY.minusDays(2).atTime(6, 0).toInstant(ZoneOffset.UTC);
    Instant end = LAST_DAY.minusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC);
    StoreFiles store = StoreFiles.open(directory.resolve("store"), StorageConfig.defaults(), Clock.systemUTC());
    ImportResult result = new LogImporter(store, event -> true, 250_000, Clock.systemUTC())
        .importPaths(List.of(directory.resolve("ranged")), new ImportRange(start, end), ImportListener.NONE);
    assertThat(result.statistics().filesFound()).isLessThan(summary.files());
    assertThat(store.liveFiles()).isNotEmpty().allSatisfy(file -> {
      assertThat(file.minEventTime()).isAfterOrEqualTo(start);
      assertThat(file.maxEventTime()).isBeforeOrEqualTo(end);
    });
    long expected = SourceRecords.readAll(directory.resolve("ranged")).stream()
        .map(record -> Instant.parse(record.get("eventTime").asText()))
        .filter(time -> !time.isBefore(start) && !time.isAfter(end)).count();
    assertThat(store.eventCount()).isEqualTo(expected);
  }

  private GeneratorSummary generate(String name, long events, long seed) throws Exception {
    return new EventGenerator(new GeneratorConfig(directory.resolve(name), events, 5, seed, LAST_DAY)).generate();
  }

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String digest(Path root) throws Exception {
    StringBuilder all = new StringBuilder();
    for (Path file : files(root)) {
      all.append(root.relativize(file)).append(' ').append(Hashing.sha256(file)).append('\n');
    }
    return Hashing.sha256(all.toString());
  }
}
