package dev.eventlake.query.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.channel.AuditEventInput;
import dev.eventlake.store.channel.Channel;
import dev.eventlake.store.channel.CreateChannelRequest;
import dev.eventlake.store.channel.Destination;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.ActivityAuditLogs;
import dev.eventlake.store.testing.TestLakes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events sent through a channel are queryable with the ActivityAuditLog columns, from the log and from Parquet. */
class ActivityAuditLogQueryIT {
  private static final String BY_SOURCE = "SELECT eventData.eventName, eventData.userIdentity.principalId, "
      + "metadata.channelARN FROM %s WHERE eventData.eventSource = 'myapp' ORDER BY 1";

  /** A week after the events below, so that they are inside the store's retention. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-10T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dataDirectory;
  private Lake lake;
  private EventDataStore store;
  private Channel channel;

  @BeforeEach
  void sendEvents() throws Exception {
    lake = TestLakes.open(dataDirectory, CLOCK);
    store = lake.catalog().create(ActivityAuditLogs.storeRequest("app-events"));
    channel = lake.channels().create(new CreateChannelRequest("my-app", "Custom",
        List.of(Destination.eventDataStore(store.id())), null));
    lake.putAuditEvents(channel.arn(), List.of(
        event("e1", "myapp", "Login", "alice", "2025-01-02T03:04:05Z"),
        event("e2", "myapp", "Logout", "bob", "2025-01-02T04:00:00Z"),
        event("e3", "otherapp", "Sync", "carol", "2025-01-03T00:00:00Z")), null);
  }

  private static AuditEventInput event(String id, String source, String name, String principal, String time) {
    return new AuditEventInput(id, ActivityAuditLogs.eventData(source, name, principal, time), null);
  }

  @Test
  void eventDataColumnsReadTheSameFromTheWriteAheadLogFromParquetAndAfterARestart() throws Exception {
    List<List<Object>> expected = List.of(List.of("Login", "alice", channel.arn()),
        List.of("Logout", "bob", channel.arn()));
    assertThat(lake.files(store).unflushedEvents()).hasSize(3);
    assertThat(rows(lake, String.format(BY_SOURCE, store.id()))).isEqualTo(expected);

    lake.flush();
    assertThat(lake.files(store).unflushedEvents()).isEmpty();
    assertThat(lake.files(store).eventCount()).isEqualTo(3);
    assertThat(rows(lake, String.format(BY_SOURCE, store.id()))).isEqualTo(expected);

    Lake reopened = TestLakes.open(dataDirectory, CLOCK);
    assertThat(rows(reopened, String.format(BY_SOURCE.toLowerCase(java.util.Locale.ROOT), "\"app-events\"")))
        .isEqualTo(expected);
  }

  @Test
  void selectStarShowsTheActivityAuditLogColumnsInTheUserGuidesOrder() {
    try (LakeEngine engine = new LakeEngine(lake, QueryEngineConfig.defaults());
        StatementExecution execution = engine.start("SELECT * FROM " + store.id(), new ScanStatistics())) {
      assertThat(execution.columns()).extracting(ResultColumn::label).containsExactly("eventVersion",
          "eventCategory", "eventType", "eventID", "eventTime", "awsRegion", "recipientAccountId", "addendum",
          "metadata", "eventData");
    }
  }

  @Test
  void mapsTimesAndStringTimesOfEventData() throws Exception {
    lake.flush();
    assertThat(rows(lake, "SELECT eventData.requestParameters['bucket'], eventData.userIdentity.details['level'], "
        + "eventData.requestParameters['filter'], eventCategory, eventType FROM " + store.id()
        + " WHERE eventData.eventName = 'Login'"))
        .containsExactly(List.of("reports", "3", "{\"year\":2025}", "ActivityAuditLog", "ActivityLog"));
    assertThat(rows(lake, "SELECT eventData.eventName FROM " + store.id() + " WHERE eventTime >= "
        + "'2025-01-02 03:30:00' ORDER BY eventTime")).containsExactly(List.of("Logout"), List.of("Sync"));
    assertThat(rows(lake, "SELECT eventData.eventName FROM " + store.id() + " WHERE eventData.eventTime = "
        + "'2025-01-02T03:04:05Z'")).containsExactly(List.of("Login"));
    assertThat(rows(lake, "SELECT COUNT(*) FROM " + store.id() + " WHERE recipientAccountId = '"
        + ActivityAuditLogs.ACCOUNT + "' AND awsRegion = 'us-east-1'")).containsExactly(List.of(3L));
  }

  @Test
  void cloudTrailStoresKeepTheirColumnsWithoutEventData() {
    EventDataStore management = lake.catalog().create(CreateStoreRequest.named("management"));
    try (LakeEngine engine = new LakeEngine(lake, QueryEngineConfig.defaults())) {
      try (StatementExecution execution = engine.start("SELECT * FROM " + management.id(), new ScanStatistics())) {
        assertThat(execution.columns()).extracting(ResultColumn::label)
            .contains("userIdentity", "requestParameters", "eventJson")
            .doesNotContain("eventData", "metadata");
      }
      assertThatThrownBy(() -> engine.start("SELECT eventData.eventName FROM " + management.id(),
          new ScanStatistics())).isInstanceOfSatisfying(LakeException.class,
              failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_QUERY_STATEMENT));
    }
  }

  private static List<List<Object>> rows(Lake lake, String sql) {
    List<List<Object>> rows = new ArrayList<>();
    try (LakeEngine engine = new LakeEngine(lake, QueryEngineConfig.defaults());
        StatementExecution execution = engine.start(sql, new ScanStatistics())) {
      while (execution.next()) {
        rows.add(Arrays.asList(execution.row()));
      }
    }
    return rows;
  }
}
