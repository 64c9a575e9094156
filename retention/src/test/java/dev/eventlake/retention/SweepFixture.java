package dev.eventlake.retention;

import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.storage.FileEntry;
import dev.eventlake.store.storage.Hashing;
import dev.eventlake.store.testing.MutableClock;
import dev.eventlake.store.testing.TestLakes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A lake on a test clock, a sweeper over it, and the helpers the sweeper tests share. */
final class SweepFixture {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  final Path dataDirectory;
  final MutableClock clock = new MutableClock(NOW);
  final List<EventDataStore> purged = new ArrayList<>();
  Lake lake;
  private int nextEventId;

  SweepFixture(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
    this.lake = TestLakes.open(dataDirectory, clock);
  }

  /** A sweeper on the fixture's clock that remembers purged stores and reports steps to {@code listener}. */
  RetentionSweeper sweeper(SweepListener listener) {
    return new RetentionSweeper(lake, RetentionConfig.defaults().withClock(clock), purged::add, listener);
  }

  SweepReport sweep() {
    return sweeper(SweepListener.NONE).sweep(false);
  }

  /** Commits one event at each time, as an import would. */
  void commit(EventDataStore store, Instant... eventTimes) throws IOException {
    lake.files(store).commit(events(eventTimes), List.of());
  }

  List<CloudTrailEvent> events(Instant... eventTimes) {
    List<CloudTrailEvent> events = new ArrayList<>();
    for (Instant eventTime : eventTimes) {
      events.add(TestLakes.event(String.format("event-%05d", nextEventId++), eventTime));
    }
    return events;
  }

  /** Simulates a restart: a new lake over the same folder. */
  void reopen() {
    lake = TestLakes.open(dataDirectory, clock);
  }

  static Instant daysAgo(double days) {
    return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  /** The eventTimes of a store's live files, oldest first, as the manifest records them. */
  List<Instant> liveEventRanges(EventDataStore store) {
    return lake.files(store).liveFiles().stream().map(FileEntry::minEventTime).sorted().toList();
  }

  /** Every data file under the store folder with its SHA-256, by path. */
  Map<String, String> filesOnDisk(EventDataStore store) {
    Path directory = lake.config().storeDirectory(store.id());
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.filter(path -> path.toString().endsWith(".parquet")).toList()) {
        files.put(directory.relativize(path).toString(), Hashing.sha256(path));
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return files;
  }

  /** Thrown by listeners to stop a sweep the way a crash would: nothing catches an Error. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String step) {
      super("simulated crash " + step);
    }
  }
}
