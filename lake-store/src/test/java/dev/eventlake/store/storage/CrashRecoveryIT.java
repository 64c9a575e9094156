package dev.eventlake.store.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL at random moments (once it has recovered the store and started) while it ingests, many times over, then checks that every
 * acknowledged event is in the store exactly once, that no reader can see a partial or orphan file, and that the
 * manifest's hashes match the files.
 */
class CrashRecoveryIT {
  private static final int KILLS = 12;
  @TempDir Path dataDirectory;

  @Test
  void everyAcknowledgedEventSurvivesRepeatedKillsExactlyOnce() throws Exception {
    Path storeDirectory = dataDirectory.resolve("store");
    Random random = new Random(42);
    List<String> acknowledgements = new CopyOnWriteArrayList<>();
    for (int kill = 0; kill < KILLS; kill++) {
      runAndKill(storeDirectory, "run" + kill, 200 + random.nextInt(1_300), acknowledgements);
    }
    StoreFiles store = StoreFiles.open(storeDirectory, StorageConfig.defaults(), Clock.systemUTC());
    store.flush();

    Map<String, Long> copies = eventIdCopies(storeDirectory);
    long acknowledged = 0;
    for (String line : acknowledgements) {
      String[] parts = line.split(" ");
      for (long sequence = Long.parseLong(parts[2]); sequence <= Long.parseLong(parts[3]); sequence++) {
        assertThat(copies.get(CrashTestChild.eventId(parts[1], sequence)))
            .as("copies of acknowledged event %s-%d", parts[1], sequence).isEqualTo(1L);
        acknowledged++;
      }
    }
    System.out.printf("crash test: %d kills, %d acknowledged events, %d stored, %d files%n", KILLS, acknowledged,
        store.eventCount(), store.liveFiles().size());
    assertThat(acknowledged).as("the child must have acknowledged work before being killed").isGreaterThan(500);
    assertThat(copies.values()).as("no event is stored twice").allMatch(count -> count == 1L);
    assertThat(StoreVerifier.verify(store).problems()).isEmpty();
    assertThat(parquetFilesOnDisk(storeDirectory)).hasSize(store.liveFiles().size());
    assertThat(copies.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(store.eventCount());
  }

  private static void runAndKill(Path storeDirectory, String run, int millis, List<String> acknowledgements)
      throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx512m",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", CrashTestChild.class.getName(),
        storeDirectory.toString(), run)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith("READY")) {
            ready.countDown();
          } else if (line.startsWith("ACK ")) {
            acknowledgements.add(line);
          }
        }
      } catch (java.io.IOException closed) {
        // the child was killed mid-line; a line that did not arrive whole was never acknowledged
      }
    });
    reader.start();
    assertThat(ready.await(2, java.util.concurrent.TimeUnit.MINUTES)).as("child %s started", run).isTrue();
    Thread.sleep(millis);
    child.destroyForcibly().waitFor();
    reader.join();
  }

  private static Map<String, Long> eventIdCopies(Path storeDirectory) throws Exception {
    Map<String, Long> copies = new HashMap<>();
    String sql = "SELECT eventID, count(*) FROM read_parquet('" + storeDirectory + "/*/*.parquet',"
        + " hive_partitioning = true) GROUP BY eventID";
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        copies.put(rows.getString(1), rows.getLong(2));
      }
    }
    return copies;
  }

  private static List<Path> parquetFilesOnDisk(Path storeDirectory) throws Exception {
    try (Stream<Path> files = Files.walk(storeDirectory)) {
      return new ArrayList<>(files.filter(path -> path.toString().endsWith(".parquet")).toList());
    }
  }
}
