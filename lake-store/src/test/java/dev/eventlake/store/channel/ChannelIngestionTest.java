package dev.eventlake.store.channel;

import static dev.eventlake.store.channel.ChannelTestSupport.START;
import static dev.eventlake.store.channel.ChannelTestSupport.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.channel.PutAuditEventsResult.Failed;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.event.AuditEventData;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import dev.eventlake.store.event.EventMetadata;
import dev.eventlake.store.storage.StorageConfig;
import dev.eventlake.store.testing.ActivityAuditLogs;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PutAuditEvents through {@link Lake}: request errors, per-event failures, delivery, durability, ingestion status. */
class ChannelIngestionTest {
  @TempDir Path dataDirectory;
  private final MutableClock clock = new MutableClock(START);
  private Lake lake;
  private EventDataStore first;
  private EventDataStore second;
  private Channel channel;

  @BeforeEach
  void openLake() {
    lake = open();
    first = lake.catalog().create(ActivityAuditLogs.storeRequest("app-events"));
    second = lake.catalog().create(ActivityAuditLogs.storeRequest("app-events-copy"));
    channel = lake.channels().create(ChannelTestSupport.request("my-app", "Custom", first.id(), second.id()));
  }

  private Lake open() {
    return Lake.open(new LakeConfig(dataDirectory, "us-east-1", ActivityAuditLogs.ACCOUNT, 10,
        StorageConfig.defaults(), clock));
  }

  @Test
  void validEventsAreStoredInEveryDestinationAsActivityAuditLogRecords() throws Exception {
    String data = ActivityAuditLogs.eventData("myapp", "Login", "alice", "2025-01-02T03:04:05Z");

    PutAuditEventsResult result = lake.putAuditEvents(channel.arn(),
        List.of(new AuditEventInput("evt-1", data, ActivityAuditLogs.checksum(data))), "eu-central-1");

    assertThat(result.failed()).isEmpty();
    assertThat(result.successful()).singleElement().satisfies(accepted -> {
      assertThat(accepted.id()).isEqualTo("evt-1");
      assertThat(accepted.eventId()).matches("[a-f0-9\\-]{36}");
    });
    CloudTrailEvent stored = lake.files(first).unflushedEvents().get(0);
    assertThat(lake.files(second).unflushedEvents()).containsExactly(stored);
    assertThat(stored.eventID()).isEqualTo(result.successful().get(0).eventId());
    assertThat(stored.eventCategory()).isEqualTo("ActivityAuditLog");
    assertThat(stored.eventType()).isEqualTo("ActivityLog");
    assertThat(stored.eventVersion()).isEqualTo(AuditRecords.EVENT_VERSION);
    assertThat(stored.eventTime()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
    assertThat(stored.awsRegion()).isEqualTo("eu-central-1");
    assertThat(stored.recipientAccountId()).isEqualTo(ActivityAuditLogs.ACCOUNT);
    assertThat(stored.metadata()).isEqualTo(new EventMetadata("2026-02-01T09:00:00Z", channel.arn()));
    assertThat(stored.userIdentity()).isNull();
    assertEventData(stored.eventData());
  }

  private static void assertEventData(AuditEventData data) {
    assertThat(data.version()).isEqualTo("1.0");
    assertThat(data.userIdentity()).isEqualTo(new AuditEventData.AuditIdentity("User", "alice",
        Map.of("team", "payments", "level", "3")));
    assertThat(data.eventSource()).isEqualTo("myapp");
    assertThat(data.eventName()).isEqualTo("Login");
    assertThat(data.eventTime()).isEqualTo("2025-01-02T03:04:05Z");
    assertThat(data.uid()).isEqualTo("request-Login-alice");
    assertThat(data.requestParameters()).containsExactly(Map.entry("bucket", "reports"),
        Map.entry("filter", "{\"year\":2025}"));
    assertThat(data.responseElements()).containsExactly(Map.entry("status", "ok"));
    assertThat(data.sourceIPAddress()).isEqualTo("192.0.2.10");
    assertThat(data.additionalEventData()).containsExactly(Map.entry("sessionLength", "42"));
    assertThat(data.errorCode()).isNull();
  }

  @Test
  void acceptedEventsSurviveARestartAndAFlushUnchanged() throws Exception {
    String data = ActivityAuditLogs.eventData("myapp", "Login", "alice", "2025-01-02T03:04:05Z");
    lake.putAuditEvents(channel.id(), List.of(new AuditEventInput("evt-1", data, null)), null);
    CloudTrailEvent stored = lake.files(first).unflushedEvents().get(0);

    Lake reopened = open();

    assertThat(reopened.files(first).eventCount()).isEqualTo(1);
    assertThat(reopened.files(second).eventCount()).isEqualTo(1);
    assertThat(reopened.files(first).unflushedEvents()).isEmpty();
    CloudTrailEvent replayed = new EventMapper(new EventJson()).map(stored.eventJson());
    assertThat(replayed).isEqualTo(stored);
    assertThat(replayed.awsRegion()).isEqualTo("us-east-1");
  }

  @Test
  void invalidEventsFailOneByOneWhileTheRestAreStored() throws Exception {
    String valid = ActivityAuditLogs.eventData("myapp", "Login", "alice", "2025-01-02T03:04:05Z");
    List<AuditEventInput> events = List.of(
        new AuditEventInput("ok-1", valid, null),
        new AuditEventInput("no-name", valid.replace("\"eventName\"", "\"eventNam\""), null),
        new AuditEventInput("too-long", valid.replace("\"1.0\"", "\"" + "v".repeat(257) + "\""), null),
        new AuditEventInput("bad-checksum", valid, ActivityAuditLogs.checksum(valid + " ")),
        new AuditEventInput("not-json", "{\"version\":", null),
        new AuditEventInput("other-account", valid.replace(ActivityAuditLogs.ACCOUNT, "999999999999"), null),
        new AuditEventInput("ok-2", valid, null));

    PutAuditEventsResult result = lake.putAuditEvents(channel.arn(), events, null);

    assertThat(result.successful()).extracting(PutAuditEventsResult.Accepted::id).containsExactly("ok-1", "ok-2");
    assertThat(result.failed()).extracting(Failed::id, Failed::errorCode).containsExactly(
        org.assertj.core.groups.Tuple.tuple("no-name", AuditEventErrorCode.FIELD_NOT_FOUND),
        org.assertj.core.groups.Tuple.tuple("too-long", AuditEventErrorCode.FIELD_TOO_LONG),
        org.assertj.core.groups.Tuple.tuple("bad-checksum", AuditEventErrorCode.INVALID_CHECKSUM),
        org.assertj.core.groups.Tuple.tuple("not-json", AuditEventErrorCode.INVALID_DATA),
        org.assertj.core.groups.Tuple.tuple("other-account", AuditEventErrorCode.INVALID_RECIPIENT));
    assertThat(result.failed()).allSatisfy(failed -> assertThat(failed.errorMessage()).isNotBlank());
    assertThat(lake.files(first).unflushedEvents()).extracting(CloudTrailEvent::eventID)
        .containsExactlyElementsOf(result.successful().stream().map(PutAuditEventsResult.Accepted::eventId).toList());
  }

  @Test
  void badRequestsFailAsAWholeAndStoreNothing() {
    String data = ActivityAuditLogs.eventData("myapp", "Login", "alice", "2025-01-02T03:04:05Z");
    AuditEventInput event = new AuditEventInput("evt-1", data, null);
    assertFails(() -> lake.putAuditEvents("not-a-channel", List.of(event), null), ErrorCode.INVALID_CHANNEL_ARN,
        "not-a-channel");
    assertFails(() -> lake.putAuditEvents("0f1e2d3c-aaaa-bbbb-cccc-0123456789ab", List.of(event), null),
        ErrorCode.INGESTION_CHANNEL_NOT_FOUND, "0f1e2d3c");
    assertFails(() -> lake.putAuditEvents(channel.arn().replace(ActivityAuditLogs.ACCOUNT, "999999999999"),
        List.of(event), null), ErrorCode.CHANNEL_INSUFFICIENT_PERMISSION, "999999999999");
    assertFails(() -> lake.putAuditEvents(channel.arn(), List.of(event, new AuditEventInput("evt-1", data, null)),
        null), ErrorCode.DUPLICATED_AUDIT_EVENT_ID, "evt-1");
    assertFails(() -> lake.putAuditEvents(channel.arn(), List.of(), null), ErrorCode.INVALID_PARAMETER, "1 to 100");
    List<AuditEventInput> tooMany = new ArrayList<>();
    for (int index = 0; index < 101; index++) {
      tooMany.add(new AuditEventInput("evt-" + index, data, null));
    }
    assertFails(() -> lake.putAuditEvents(channel.arn(), tooMany, null), ErrorCode.INVALID_PARAMETER, "got 101");
    assertFails(() -> lake.putAuditEvents(channel.arn(), List.of(new AuditEventInput("has space", data, null)),
        null), ErrorCode.INVALID_PARAMETER, "'has space'");
    assertFails(() -> lake.putAuditEvents(channel.arn(), List.of(new AuditEventInput("x".repeat(129), data, null)),
        null), ErrorCode.INVALID_PARAMETER, "1 to 128");
    assertThat(lake.files(first).unflushedEvents()).isEmpty();
    assertThat(lake.channels().get(channel.id()).ingestionStatus()).isEqualTo(IngestionStatus.NONE);
  }

  @Test
  void aHundredEventsAreAccepted() throws Exception {
    List<AuditEventInput> events = new ArrayList<>();
    for (int index = 0; index < 100; index++) {
      events.add(new AuditEventInput("evt-" + index,
          ActivityAuditLogs.eventData("myapp", "Call" + index, "alice", "2025-01-02T03:04:05Z"), null));
    }
    assertThat(lake.putAuditEvents(channel.arn(), events, null).successful()).hasSize(100);
    assertThat(lake.files(second).unflushedEvents()).hasSize(100);
  }

  @Test
  void theIngestionStatusTracksTheLatestAttemptSuccessAndError() throws Exception {
    String valid = ActivityAuditLogs.eventData("myapp", "Login", "alice", "2025-01-02T03:04:05Z");
    PutAuditEventsResult accepted = lake.putAuditEvents(channel.arn(),
        List.of(new AuditEventInput("evt-1", valid, null)), null);
    clock.advance(java.time.Duration.ofMinutes(1));
    lake.putAuditEvents(channel.arn(), List.of(new AuditEventInput("evt-2", "{}", null)), null);

    IngestionStatus status = lake.channels().get(channel.id()).ingestionStatus();

    assertThat(status).isEqualTo(new IngestionStatus(START, accepted.successful().get(0).eventId(), "FieldNotFound",
        START.plusSeconds(60), "evt-2"));
    assertThat(open().channels().get(channel.id()).ingestionStatus()).isEqualTo(status);
  }

  @Test
  void onlyEnabledDestinationsReceiveEventsAndLiveIngestionNeverFeedsActivityStores() throws Exception {
    EventDataStore stopped = lake.catalog().create(new CreateStoreRequest("stopped-events",
        ActivityAuditLogs.storeRequest("x").advancedEventSelectors(), null, null, null, false, null, null, false,
        null));
    Channel partner = lake.channels().create(ChannelTestSupport.request("partner", "PartnerOne", stopped.id(),
        first.id()));
    String data = ActivityAuditLogs.eventData("partner", "Sync", "bob", "2025-01-02T03:04:05Z");

    lake.putAuditEvents(partner.id(), List.of(new AuditEventInput("evt-1", data, null)), null);
    CloudTrailEvent cloudTrail = new EventMapper(new EventJson()).map("{\"eventTime\":\"2025-01-02T03:04:05Z\","
        + "\"eventCategory\":\"ActivityAuditLog\",\"eventName\":\"Forged\"}");

    assertThat(lake.ingest(List.of(cloudTrail))).isEmpty();
    assertThat(lake.files(stopped).unflushedEvents()).isEmpty();
    assertThat(lake.files(first).unflushedEvents()).extracting(event -> event.eventData().eventName())
        .containsExactly("Sync");
  }
}
