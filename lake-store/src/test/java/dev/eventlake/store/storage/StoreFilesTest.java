package dev.eventlake.store.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commit protocol, recovery from each interrupted step, write-ahead log replay and compaction. */
class StoreFilesTest {
  private static final StorageConfig CONFIG = StorageConfig.defaults().withBatches(1_000, 1_000);
  @TempDir Path directory;
  private final EventMapper mapper = new EventMapper(new EventJson());

  @Test
  void commitWritesOneSortedFilePerDayAndRecordsItInTheManifest() throws Exception {
    StoreFiles store = open();
    List<FileEntry> files = store.commit(events(0, 30), List.of("source-a"));
    assertThat(files).extracting(FileEntry::path).allMatch(path -> path.matches("event_date=2024-03-0[123]/part-.*"));
    assertThat(files).hasSize(3);
    assertThat(files).allMatch(file -> !file.minEventTime().isAfter(file.maxEventTime()));
    assertThat(store.manifest().entries()).singleElement()
        .satisfies(entry -> assertThat(entry.sources()).containsExactly("source-a"));
    assertThat(store.isCommitted("source-a")).isTrue();
    assertThat(reopen().eventCount()).isEqualTo(30);
  }

  @Test
  void recoveryPublishesStagedFilesOfACommittedEntry() throws Exception {
    StoreFiles store = open();
    List<FileEntry> staged = store.writeStaged(events(0, 10));
    store.manifest().append(new ManifestEntry(1, ManifestEntry.Action.ADD, java.time.Instant.now(), staged, List.of(),
        List.of(), null, null));
    StoreFiles recovered = reopen();
    assertThat(recovered.liveFiles()).hasSize(3);
    assertThat(recovered.liveFiles()).allMatch(file -> Files.exists(directory.resolve(file.path())));
    assertThat(Files.list(directory.resolve(StoreFiles.STAGING_DIRECTORY))).isEmpty();
  }

  @Test
  void recoveryDropsStagedFilesThatWereNeverCommitted() throws Exception {
    open().writeStaged(events(0, 10));
    StoreFiles recovered = reopen();
    assertThat(recovered.liveFiles()).isEmpty();
    assertThat(parquetFiles()).isEmpty();
    assertThat(Files.list(directory.resolve(StoreFiles.STAGING_DIRECTORY))).isEmpty();
  }

  @Test
  void recoveryCutsATornManifestLineAndQuarantinesUnknownFiles() throws Exception {
    StoreFiles store = open();
    store.commit(events(0, 5), List.of("a"));
    Files.writeString(directory.resolve(StoreManifest.FILE_NAME), "{\"sequence\":2,\"act", StandardOpenOption.APPEND);
    Path stray = directory.resolve("event_date=2024-03-01/part-stray.parquet");
    Files.copy(directory.resolve(store.liveFiles().get(0).path()), stray);
    StoreFiles recovered = reopen();
    assertThat(recovered.manifest().entries()).hasSize(1);
    assertThat(Files.exists(stray)).isFalse();
    assertThat(Files.list(directory.resolve("_quarantine"))).hasSize(1);
    assertThat(Files.readString(directory.resolve(StoreManifest.FILE_NAME))).endsWith("}\n");
  }

  @Test
  void anEditedManifestIsRefused() throws Exception {
    open().commit(events(0, 5), List.of("a"));
    reopen().commit(events(5, 5), List.of("b"));
    Path manifest = directory.resolve(StoreManifest.FILE_NAME);
    List<String> lines = Files.readAllLines(manifest);
    Files.write(manifest, List.of(lines.get(0).replace("\"events\":", "\"events\":1"), lines.get(1)));
    assertThatThrownBy(this::reopen).isInstanceOf(LakeException.class).hasMessageContaining("hash chain");
  }

  @Test
  void verifierNamesAModifiedFile() throws Exception {
    StoreFiles store = open();
    store.commit(events(0, 5), List.of("a"));
    Path file = directory.resolve(store.liveFiles().get(0).path());
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    assertThat(StoreVerifier.verify(reopen()).problems()).singleElement()
        .asString().contains(store.liveFiles().get(0).path()).contains("SHA-256");
  }

  @Test
  void liveEventsInTheWriteAheadLogAreCommittedOnTheNextOpen() throws Exception {
    StoreFiles store = open();
    store.append(events(0, 20));
    assertThat(store.liveFiles()).isEmpty();
    assertThat(store.unflushedEvents()).hasSize(20);
    StoreFiles recovered = reopen();
    assertThat(recovered.eventCount()).isEqualTo(20);
    assertThat(Files.list(directory.resolve(WriteAheadLog.DIRECTORY))).isEmpty();
    assertThat(reopen().eventCount()).isEqualTo(20);
  }

  @Test
  void compactionRewritesSmallFilesWithIdenticalRows() throws Exception {
    StoreFiles store = open();
    for (int commit = 0; commit < 10; commit++) {
      store.commit(events(commit * 10, 10), List.of("commit-" + commit));
    }
    List<String> before = rows();
    StoreCompactor.Result result = new StoreCompactor(store, CONFIG).compact();
    assertThat(result.filesRemoved()).isEqualTo(30);
    assertThat(result.filesAdded()).isEqualTo(3);
    assertThat(store.liveFiles()).hasSize(3);
    assertThat(parquetFiles()).hasSize(3);
    assertThat(rows()).isEqualTo(before);
    assertThat(store.manifest().entries().get(10).action()).isEqualTo(ManifestEntry.Action.COMPACT);
    assertThat(reopen().eventCount()).isEqualTo(100);
  }

  private List<String> rows() throws Exception {
    List<String> rows = new ArrayList<>();
    String sql = "SELECT t::VARCHAR FROM read_parquet('" + directory + "/*/*.parquet', hive_partitioning = true) t"
        + " ORDER BY eventID";
    try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  private StoreFiles open() throws IOException {
    return StoreFiles.open(directory, CONFIG, Clock.systemUTC());
  }

  private StoreFiles reopen() throws IOException {
    return open();
  }

  private List<Path> parquetFiles() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(path -> path.toString().endsWith(".parquet") && !path.toString().contains("_quarantine"))
          .toList();
    }
  }

  private List<CloudTrailEvent> events(int first, int count) throws Exception {
    List<CloudTrailEvent> events = new ArrayList<>();
    for (int sequence = first; sequence < first + count; sequence++) {
      events.add(mapper.map(String.format("{\"eventTime\":\"2024-03-0%dT10:%02d:00Z\",\"eventID\":\"e-%04d\","
          + "\"eventName\":\"Put\",\"userIdentity\":{\"arn\":\"arn:aws:iam::1:user/u%d\"},"
          + "\"requestParameters\":{\"k\":{\"nested\":[%d]}},\"resources\":[{\"ARN\":\"r%d\"}]}",
          sequence % 3 + 1, sequence % 60, sequence, sequence % 4, sequence, sequence)));
    }
    return events;
  }
}
