package dev.eventlake.query.sql;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.CloudTrailLogReader;
import dev.eventlake.store.event.RecordFailure;
import dev.eventlake.store.event.RecordSink;
import dev.eventlake.store.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real CloudTrail records as events, read once per test JVM. */
final class CorpusEvents {
  private static List<CloudTrailEvent> events;

  private CorpusEvents() {}

  /** Every event of every log file, files in path order, records in file order. */
  static synchronized List<CloudTrailEvent> all() {
    if (events == null) {
      events = List.copyOf(read(SharedData.cloudTrailRecords()));
    }
    return events;
  }

  private static List<CloudTrailEvent> read(Path root) {
    List<CloudTrailEvent> read = new ArrayList<>();
    RecordSink sink = new RecordSink() {
      @Override
      public void accept(CloudTrailEvent event) {
        read.add(event);
      }

      @Override
      public void reject(RecordFailure failure) {
        throw new IllegalStateException("Corpus record rejected: " + failure);
      }
    };
    CloudTrailLogReader reader = new CloudTrailLogReader();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(CorpusEvents::isLog).sorted().toList()) {
        try (InputStream input = Files.newInputStream(file)) {
          reader.read(file.toString(), input, sink);
        }
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return read;
  }

  private static boolean isLog(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (name.endsWith(".json") || name.endsWith(".json.gz") || name.endsWith(".ndjson"));
  }
}
