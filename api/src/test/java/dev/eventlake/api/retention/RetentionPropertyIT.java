package dev.eventlake.api.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import dev.eventlake.retention.RetentionConfig;
import dev.eventlake.retention.RetentionSweeper;
import dev.eventlake.retention.StorePurgeListener;
import dev.eventlake.retention.SweepReport;
import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.RetentionBoundary;
import dev.eventlake.store.catalog.UpdateStoreRequest;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.storage.FileEntry;
import dev.eventlake.store.storage.StoreFiles;
import dev.eventlake.store.storage.StoreVerifier;
import dev.eventlake.store.testing.MutableClock;
import dev.eventlake.store.testing.TestLakes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The retention guarantees under a fake clock: random stores, retention periods and events spanning years, the clock
 * advanced in random steps with retention changes, new events and a sweep at each. After every step: nothing inside
 * retention is gone, nothing past retention (plus one day of partition slack) is on disk, and no query returns
 * anything past retention.
 */
class RetentionPropertyIT {
  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);
  private static final int STEPS = 10;
  private static final int DAYS_PER_BATCH = 24;

  @TempDir Path dataDirectory;
  private final MutableClock clock = new MutableClock(START);
  private Random random;
  private Lake lake;
  private int nextEventId;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20260301L, 7L, 424242L})
  void retentionHoldsAfterEverySweep(long seed) throws Exception {
    random = new Random(seed);
    lake = TestLakes.open(dataDirectory.resolve("lake-" + seed), clock);
    List<StoreModel> stores = new ArrayList<>();
    for (int index = 0; index < 3; index++) {
      stores.add(createStore("store-" + index));
    }
    RetentionSweeper sweeper = new RetentionSweeper(lake, RetentionConfig.defaults().withClock(clock),
        StorePurgeListener.NONE);
    ExecutorService executor = Executors.newFixedThreadPool(2);
    long removedEvents = 0;
    try (LakeEngine engine = new LakeEngine(lake, QueryEngineConfig.defaults())) {
      for (int step = 0; step < STEPS; step++) {
        changeTheWorld(stores);
        String when = "seed " + seed + ", step " + step + " at " + clock.instant();
        checkQueries(stores, engine, executor, when + ", before the sweep");
        SweepReport sweep = sweeper.sweep(false);
        assertThat(sweep.succeeded()).isTrue();
        removedEvents += sweep.events();
        for (StoreModel store : stores) {
          store.markExpired(clock.instant());
          checkDisk(store, LakeObservations.eventsOnDisk(files(store), executor), when + ", " + store.storeId + " with "
              + store.retentionDays + " days");
        }
        checkQueries(stores, engine, executor, when + ", after the sweep");
      }
    } finally {
      executor.shutdownNow();
    }
    assertThat(removedEvents).as("the sweeps removed something").isPositive();
    assertThat(stores).as("some events stayed").anyMatch(store -> !store.mustRemain().isEmpty());
  }

  private StoreModel createStore(String name) throws IOException {
    EventDataStore store = TestLakes.createStore(lake, name, randomRetention());
    StoreModel model = new StoreModel(store);
    ingest(model, 150, START.minus(Duration.ofDays(3 * 365)), START.plus(Duration.ofDays(20)));
    return model;
  }

  /**
   * Advances the clock; sometimes changes a retention period, ingests recent (or future-dated) events, or events
   * around a store's retention boundary, where a day's file straddles it.
   */
  private void changeTheWorld(List<StoreModel> stores) throws IOException {
    boolean small = random.nextInt(3) == 0;
    clock.advance(Duration.ofMinutes(small ? 1 + random.nextInt(3 * 24 * 60) : 1 + random.nextInt(120 * 24 * 60)));
    StoreModel chosen = stores.get(random.nextInt(stores.size()));
    if (random.nextInt(4) == 0) {
      chosen.retentionDays = randomRetention();
      lake.catalog().update(new UpdateStoreRequest(chosen.storeId, null, null, null, null, chosen.retentionDays,
          null, null, null));
    }
    Instant now = clock.instant();
    if (random.nextInt(3) == 0) {
      ingest(chosen, 1 + random.nextInt(30), now.minus(Duration.ofDays(15)), now.plus(DAY));
    }
    if (random.nextBoolean()) {
      StoreModel edge = stores.get(random.nextInt(stores.size()));
      Instant boundary = edge.boundary(now).oldestRetained();
      ingest(edge, 1 + random.nextInt(10), boundary.minus(DAY), boundary.plus(DAY));
    }
  }

  private int randomRetention() {
    int[] typical = {7, 8, 30, 90, 366};
    return random.nextBoolean() ? typical[random.nextInt(typical.length)] : 7 + random.nextInt(900);
  }

  /**
   * Ingests {@code count} events between {@code from} and {@code to}, on at most {@link #DAYS_PER_BATCH} random days
   * (so that a batch spanning years writes a few dozen files, not hundreds), imported or live (write-ahead log).
   */
  private void ingest(StoreModel store, int count, Instant from, Instant to) throws IOException {
    long spanDays = Math.max(1, Duration.between(from, to).toDays());
    List<Instant> days = new ArrayList<>();
    for (int day = 0; day < DAYS_PER_BATCH; day++) {
      days.add(from.plus(Duration.ofDays((long) (random.nextDouble() * spanDays))));
    }
    List<CloudTrailEvent> events = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      Instant day = days.get(random.nextInt(days.size()));
      Instant eventTime = day.plusMillis((long) (random.nextDouble() * DAY.toMillis()));
      String eventId = String.format("event-%06d", nextEventId++);
      events.add(TestLakes.event(eventId, eventTime));
      store.events.put(eventId, eventTime);
    }
    StoreFiles files = files(store);
    if (random.nextBoolean()) {
      files.commit(events, List.of());
    } else {
      files.append(events);
    }
  }

  private void checkDisk(StoreModel store, Map<String, Instant> onDisk, String context) throws IOException {
    StoreFiles files = files(store);
    assertThat(onDisk.keySet()).as("nothing inside retention is gone: " + context)
        .containsAll(store.mustRemain());
    Instant oldestAllowed = store.boundary(clock.instant()).oldestRetained().minus(DAY);
    assertThat(onDisk.values()).as("nothing a day past retention is on disk: " + context)
        .allMatch(eventTime -> !eventTime.isBefore(oldestAllowed));
    assertThat(LakeObservations.parquetFilesOnDisk(files)).as("the disk holds exactly the live files: " + context)
        .containsExactlyInAnyOrderElementsOf(files.liveFiles().stream().map(FileEntry::path).toList());
    assertThat(StoreVerifier.verify(files).problems()).as(context).isEmpty();
  }

  /** Queries return exactly the stored events inside retention, and COUNT(*) counts exactly those. */
  private void checkQueries(List<StoreModel> stores, LakeEngine engine, ExecutorService executor, String when) {
    Map<String, Map<String, Instant>> returned = LakeObservations.queryAll(engine, stores);
    Map<String, Long> counted = LakeObservations.countAll(engine, stores);
    for (StoreModel store : stores) {
      RetentionBoundary boundary = store.boundary(clock.instant());
      Map<String, Instant> expected = new HashMap<>();
      LakeObservations.eventsOnDisk(files(store), executor).forEach((eventId, eventTime) -> {
        if (boundary.retains(eventTime)) {
          expected.put(eventId, eventTime);
        }
      });
      String context = when + ", " + store.storeId + " with " + store.retentionDays + " days";
      assertThat(returned.get(store.storeId)).as("a query returns exactly the stored events inside retention: "
          + context).isEqualTo(expected);
      assertThat(counted.get(store.storeId)).as("COUNT(*): " + context).isEqualTo(expected.size());
    }
  }

  private StoreFiles files(StoreModel store) {
    return lake.files(lake.catalog().get(store.storeId));
  }
}
