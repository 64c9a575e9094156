package dev.eventlake.query.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.UpdateStoreRequest;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.testing.MutableClock;
import dev.eventlake.store.testing.TestLakes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries filter at the retention boundary, before any sweep has removed a file: scans, counts and live events. */
class LakeRetentionIT {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Instant BOUNDARY = NOW.minus(Duration.ofDays(7));

  @TempDir Path dataDirectory;
  private final MutableClock clock = new MutableClock(NOW);
  private Lake lake;
  private LakeEngine engine;
  private EventDataStore store;

  @BeforeEach
  void open() throws Exception {
    lake = TestLakes.open(dataDirectory, clock);
    store = TestLakes.createStore(lake, "audit", 7);
    lake.files(store).commit(List.of(event("old", NOW.minus(Duration.ofDays(10))),
        event("straddle-before", BOUNDARY.minusSeconds(60)), event("straddle-after", BOUNDARY.plusSeconds(60)),
        event("recent", NOW.minus(Duration.ofDays(1)))), List.of());
    lake.files(store).append(List.of(event("live-old", NOW.minus(Duration.ofDays(8))), event("live-new", NOW)));
    engine = new LakeEngine(lake, QueryEngineConfig.defaults());
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void eventsPastRetentionAreNeverReturned() {
    assertThat(eventIds("SELECT eventID FROM audit ORDER BY eventID"))
        .containsExactly("live-new", "recent", "straddle-after");
    assertThat(eventIds("SELECT eventID FROM audit WHERE eventTime < '2026-02-22 12:30:00' ORDER BY eventID"))
        .containsExactly("straddle-after");
  }

  @Test
  void countsReadAFileStraddlingTheBoundaryInsteadOfTakingItsCountFromMetadata() {
    ScanStatistics statistics = new ScanStatistics();

    assertThat(single("SELECT COUNT(*) FROM audit", statistics)).isEqualTo(3L);
    assertThat(statistics.eventsCountedFromMetadata()).as("yesterday's file only").isEqualTo(1);
    assertThat(single("SELECT COUNT(*) FROM audit WHERE eventTime >= '2000-01-01 00:00:00'", new ScanStatistics()))
        .isEqualTo(3L);
    assertThat(single("SELECT COUNT(*) FROM audit WHERE eventID = 'old'", new ScanStatistics()))
        .isEqualTo(0L);
  }

  @Test
  void theBoundaryMovesWithTheClockAndTheRetentionPeriod() {
    clock.advance(Duration.ofSeconds(61));
    assertThat(eventIds("SELECT eventID FROM audit ORDER BY eventID")).containsExactly("live-new", "recent");

    lake.catalog().update(new UpdateStoreRequest(store.id(), null, null, null, null, 30, null, null, null));

    assertThat(eventIds("SELECT eventID FROM audit ORDER BY eventID")).as("nothing was swept yet")
        .containsExactly("live-new", "live-old", "old", "recent", "straddle-after", "straddle-before");
  }

  private List<String> eventIds(String sql) {
    List<String> ids = new ArrayList<>();
    try (StatementExecution execution = engine.start(sql, new ScanStatistics())) {
      while (execution.next()) {
        ids.add((String) execution.row()[0]);
      }
    }
    return ids;
  }

  private Object single(String sql, ScanStatistics statistics) {
    try (StatementExecution execution = engine.start(sql, statistics)) {
      assertThat(execution.next()).isTrue();
      return execution.row()[0];
    }
  }

  private static CloudTrailEvent event(String eventId, Instant eventTime) {
    return TestLakes.event(eventId, eventTime);
  }
}
