package dev.eventlake.store.storage;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.LogImporter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link CrashRecoveryIT} kills: it ingests forever, alternating live appends (write-ahead log) and
 * log-file imports, and prints {@code ACK <run> <first> <last>} only after an ingest call has returned.
 */
public final class CrashTestChild {
  private CrashTestChild() {}

  public static void main(String[] args) throws Exception {
    Path storeDirectory = Path.of(args[0]);
    String run = args[1];
    StorageConfig config = StorageConfig.defaults().withBatches(1_000, 300);
    StoreFiles store = StoreFiles.open(storeDirectory, config, Clock.systemUTC());
    LogImporter importer = new LogImporter(store, event -> true, 1_000, Clock.systemUTC());
    EventMapper mapper = new EventMapper(new EventJson());
    System.out.println("READY " + run);
    long next = 0;
    for (int batch = 0; ; batch++) {
      int size = 50 + batch % 7 * 20;
      List<String> records = records(run, next, size);
      if (batch % 3 == 2) {
        Path file = writeLog(storeDirectory.resolveSibling("incoming"), run + "-" + batch, records);
        importer.importPaths(List.of(file), ImportRange.ALL, ImportListener.NONE);
      } else {
        List<CloudTrailEvent> events = new ArrayList<>();
        for (String record : records) {
          events.add(mapper.map(record));
        }
        store.append(events);
      }
      System.out.println("ACK " + run + " " + next + " " + (next + size - 1));
      System.out.flush();
      next += size;
    }
  }

  static String eventId(String run, long sequence) {
    return run + "-" + sequence;
  }

  private static List<String> records(String run, long first, int size) {
    List<String> records = new ArrayList<>();
    for (long sequence = first; sequence < first + size; sequence++) {
      int day = (int) (sequence % 3) + 1;
      records.add(String.format("{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-03-0%dT%02d:%02d:%02dZ\","
          + "\"eventSource\":\"crash.test\",\"eventName\":\"Write\",\"awsRegion\":\"us-east-1\","
          + "\"eventID\":\"%s\",\"requestParameters\":{\"n\":%d}}", day, sequence % 24, sequence % 60,
          sequence % 59, eventId(run, sequence), sequence));
    }
    return records;
  }

  private static Path writeLog(Path folder, String name, List<String> records) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(name + ".ndjson");
    Files.writeString(file, String.join("\n", records) + "\n");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return file;
  }
}
