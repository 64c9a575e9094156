package dev.eventlake.query.scan;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import dev.eventlake.store.event.RecordRejectedException;
import dev.eventlake.store.generate.EventGenerator;
import dev.eventlake.store.generate.GeneratorConfig;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.LogImporter;
import dev.eventlake.store.storage.StorageConfig;
import dev.eventlake.store.storage.StoreFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** Test fixture: a store of generated events, imported through the real log importer. */
final class GeneratedStore {
  static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);
  private static final EventMapper MAPPER = new EventMapper(new EventJson());

  private GeneratedStore() {}

  /** Generates {@code events} over {@code days} days ending {@link #LAST_DAY} and imports them. */
  static StoreFiles create(Path directory, long events, int days, int rowGroupEvents) throws IOException {
    return create(directory, events, days, rowGroupEvents, 1_000_000);
  }

  /** As {@link #create(Path, long, int, int)}, splitting each day into files of at most {@code fileEvents}. */
  static StoreFiles create(Path directory, long events, int days, int rowGroupEvents, int fileEvents)
      throws IOException {
    Path logs = directory.resolve("logs");
    new EventGenerator(new GeneratorConfig(logs, events, days, 42, LAST_DAY)).generate();
    StorageConfig storage = new StorageConfig(CompressionCodecName.ZSTD, rowGroupEvents, 64L << 20, 64 << 10,
        fileEvents, 250_000, 50_000, 8, 32L << 20);
    StoreFiles store = StoreFiles.open(directory.resolve("store"), storage, Clock.systemUTC());
    new LogImporter(store, event -> true, storage.importBatchEvents(), Clock.systemUTC())
        .importPaths(List.of(logs), ImportRange.ALL, ImportListener.NONE);
    return store;
  }

  /** The store's current files and write-ahead-log events. */
  static ScanSource source(StoreFiles store) {
    return new ScanSource(store.directory(), store.liveFiles(), store.unflushedEvents());
  }

  /** The event a stored {@code eventJson} maps to, as the importer mapped it. */
  static CloudTrailEvent event(String eventJson) {
    try {
      return MAPPER.map(eventJson);
    } catch (RecordRejectedException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Epoch millis of the start of the UTC day {@code daysBeforeLast} before {@link #LAST_DAY}. */
  static long dayStart(int daysBeforeLast) {
    return LAST_DAY.minusDays(daysBeforeLast).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
