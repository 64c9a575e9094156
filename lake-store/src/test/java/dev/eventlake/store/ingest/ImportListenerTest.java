package dev.eventlake.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import dev.eventlake.store.catalog.CreateStoreRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import listener hears of failures as they are found and can stop an import between files. */
class ImportListenerTest {
  @TempDir Path dataDirectory;
  @TempDir Path logs;

  @Test
  void stopRequestedCommitsWhatWasReadAndARerunImportsTheRest() throws Exception {
    Lake lake = Lake.open(LakeConfig.defaults(dataDirectory));
    lake.catalog().create(CreateStoreRequest.named("trail"));
    for (int file = 1; file <= 3; file++) {
      write("2024/05/0" + file + "/log.json", record("a" + file) + "," + record("b" + file));
    }
    AtomicInteger filesRead = new AtomicInteger();
    ImportListener stopAfterOne = new ImportListener() {
      @Override
      public void onProgress(ImportStatistics statistics) {
        filesRead.incrementAndGet();
      }

      @Override
      public boolean stopRequested() {
        return filesRead.get() >= 1;
      }
    };
    ImportResult stopped = lake.importLogs("trail", List.of(logs), ImportRange.ALL, stopAfterOne);
    assertThat(stopped.statistics().filesCompleted()).isEqualTo(1);
    assertThat(stopped.statistics().eventsCompleted()).isEqualTo(2);

    ImportResult rest = lake.importLogs("trail", List.of(logs), ImportRange.ALL, ImportListener.NONE);
    assertThat(rest.statistics().filesAlreadyImported()).isEqualTo(1);
    assertThat(rest.statistics().eventsCompleted()).isEqualTo(4);
    assertThat(lake.files(lake.catalog().get("trail")).eventCount()).isEqualTo(6);
  }

  @Test
  void failuresAreReportedAsTheyAreFound() throws Exception {
    Lake lake = Lake.open(LakeConfig.defaults(dataDirectory));
    lake.catalog().create(CreateStoreRequest.named("trail"));
    write("good.json", record("a"));
    Files.write(logs.resolve("broken.json.gz"), "not gzip at all".getBytes(StandardCharsets.UTF_8));
    List<ImportFailure> heard = new ArrayList<>();
    ImportListener listener = new ImportListener() {
      @Override
      public void onProgress(ImportStatistics statistics) {}

      @Override
      public void onFailure(ImportFailure failure) {
        heard.add(failure);
      }
    };
    ImportResult result = lake.importLogs("trail", List.of(logs), ImportRange.ALL, listener);
    assertThat(heard).hasSize(1).isEqualTo(result.failures());
    assertThat(heard.get(0).location()).contains("broken.json.gz");
    assertThat(result.statistics().eventsCompleted()).isEqualTo(1);
  }

  private void write(String relative, String records) throws Exception {
    Path file = logs.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"Records\":[" + records + "]}");
  }

  private static String record(String name) {
    return "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T00:00:00Z\",\"eventSource\":\"iam.amazonaws.com\","
        + "\"eventName\":\"" + name + "\",\"eventID\":\"" + java.util.UUID.randomUUID() + "\","
        + "\"managementEvent\":true,\"eventCategory\":\"Management\",\"recipientAccountId\":\"123456789012\"}";
  }
}
