package dev.eventlake.bench.ingest;

import dev.eventlake.bench.corpus.Corpus;
import dev.eventlake.bench.measure.Folders;
import dev.eventlake.bench.measure.MemoryPeak;
import dev.eventlake.bench.measure.Profile;
import dev.eventlake.bench.measure.ResourceMonitor;
import dev.eventlake.bench.measure.SamplingProfiler;
import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import dev.eventlake.store.catalog.BillingMode;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.ImportResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Imports the logs into a fresh lake, timed, as {@code eventlake import} does; then sets up a second store. */
public final class EventlakeIngest {
  static final String EVENTS_STORE = "bench-events";
  static final String RECENT_STORE = "bench-recent";
  /** Days of management events the second store holds. */
  static final int RECENT_DAYS = 7;
  /**
   * Both stores keep events as long as a store can (3,653 days): the generated days are fixed (they end on
   * {@code BenchConfig}'s last day) and queries do not see events older than a store's retention period.
   */
  private static final int RETENTION_DAYS = BillingMode.EXTENDABLE_RETENTION_PRICING.maximumRetentionDays();

  private EventlakeIngest() {}

  /** Deletes {@code lakeDirectory}, then imports every event of {@code corpus} into one new store. */
  public static LakeIngest run(Corpus corpus, Path lakeDirectory, LocalDate lastDay, ResourceMonitor monitor,
      boolean profile) throws IOException {
    Folders.deleteRecursively(lakeDirectory);
    Lake lake = Lake.open(LakeConfig.defaults(lakeDirectory.toAbsolutePath()));
    String eventsStore = lake.catalog().create(new CreateStoreRequest(EVENTS_STORE, AllEventsSelectors.selectors(),
        null, null, RETENTION_DAYS, false, null, null, null, null)).id();
    monitor.beginPhase();
    SamplingProfiler profiler = SamplingProfiler.start(profile);
    long started = System.nanoTime();
    ImportResult result = lake.importLogs(eventsStore, List.of(corpus.directory()), ImportRange.ALL,
        ImportListener.NONE);
    long nanos = System.nanoTime() - started;
    Profile sampled = profiler.stop();
    MemoryPeak memory = monitor.endPhase();
    if (result.statistics().failedEntries() > 0) {
      throw new IllegalStateException("the import failed for " + result.statistics().failedEntries()
          + " entries, first: " + result.failures().get(0));
    }
    Path storeDirectory = lake.config().storeDirectory(eventsStore);
    IngestMeasurement measurement = new IngestMeasurement("Eventlake", result.statistics().eventsCompleted(), nanos,
        Folders.bytes(storeDirectory, ".parquet"), lake.files(lake.catalog().get(eventsStore)).liveFiles().size(),
        memory, sampled);
    long recentStarted = System.nanoTime();
    String recentStore = importRecent(lake, corpus, lastDay);
    long recentNanos = System.nanoTime() - recentStarted;
    return new LakeIngest(lake, eventsStore, recentStore, result.statistics(), recentNanos, measurement,
        ColumnSizes.of(storeDirectory));
  }

  /** A store of the management events (the default selector) of the last {@value #RECENT_DAYS} days. */
  private static String importRecent(Lake lake, Corpus corpus, LocalDate lastDay) throws IOException {
    String recentStore = lake.catalog().create(new CreateStoreRequest(RECENT_STORE, null, null, null,
        RETENTION_DAYS, false, null, null, null, null)).id();
    ImportRange lastWeek = new ImportRange(lastDay.minusDays(RECENT_DAYS - 1L).atStartOfDay(ZoneOffset.UTC)
        .toInstant(), lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
    lake.importLogs(recentStore, List.of(corpus.directory()), lastWeek, ImportListener.NONE);
    return recentStore;
  }
}
