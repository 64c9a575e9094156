package dev.eventlake.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.storage.StorageConfig;
import dev.eventlake.store.storage.StoreFiles;
import dev.eventlake.store.testing.SharedData;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogImporterSmokeTest {
  @TempDir Path dataDirectory;

  @Test
  void importsTheSharedCorpus() throws Exception {
    StoreFiles store = StoreFiles.open(dataDirectory.resolve("store"), StorageConfig.defaults(), Clock.systemUTC());
    LogImporter importer = new LogImporter(store, event -> event.eventCategory().equals("Management"), 250_000,
        Clock.systemUTC());
    long start = System.nanoTime();
    ImportResult result = importer.importPaths(List.of(SharedData.cloudTrailRecords()), ImportRange.ALL,
        ImportListener.NONE);
    System.out.println(result.statistics() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    result.failures().forEach(System.out::println);
    assertThat(result.statistics().eventsCompleted()).isEqualTo(3748);
    assertThat(store.eventCount()).isEqualTo(3748);
  }
}
