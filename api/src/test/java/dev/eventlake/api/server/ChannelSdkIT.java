package dev.eventlake.api.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.ChannelExistsForEdsException;
import software.amazon.awssdk.services.cloudtrail.model.ChannelNotFoundException;
import software.amazon.awssdk.services.cloudtrail.model.CreateChannelResponse;
import software.amazon.awssdk.services.cloudtrail.model.Destination;
import software.amazon.awssdk.services.cloudtrail.model.DestinationType;
import software.amazon.awssdk.services.cloudtrail.model.GetChannelResponse;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventDataStoreCategoryException;
import software.amazon.awssdk.services.cloudtrail.model.QueryStatus;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtraildata.CloudTrailDataClient;
import software.amazon.awssdk.services.cloudtraildata.model.AuditEvent;
import software.amazon.awssdk.services.cloudtraildata.model.DuplicatedAuditEventIdException;
import software.amazon.awssdk.services.cloudtraildata.model.PutAuditEventsResponse;

/** Channels and PutAuditEvents through the real AWS SDK clients: events land in ActivityAuditLog stores and query. */
class ChannelSdkIT {
  /** A recent eventTime, so the events stay inside the store's retention whenever the test runs. */
  private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

  @TempDir
  static Path dataDirectory;
  private static EventlakeServer server;
  private static CloudTrailClient cloudTrail;
  private static CloudTrailDataClient cloudTrailData;

  @BeforeAll
  static void start() {
    server = TestServers.start(dataDirectory);
    cloudTrail = TestServers.cloudTrail(server, TestServers.ADMIN);
    cloudTrailData = TestServers.cloudTrailData(server, TestServers.ADMIN);
  }

  @AfterAll
  static void stop() {
    cloudTrail.close();
    cloudTrailData.close();
    server.close();
  }

  @Test
  void auditEventsFromAChannelAreStoredAndQueryable() throws Exception {
    String storeArn = activityStore("app-activity");
    CreateChannelResponse channel = cloudTrail.createChannel(request -> request.name("my-app").source("Custom")
        .destinations(Destination.builder().type(DestinationType.EVENT_DATA_STORE).location(storeArn).build())
        .tags(Tag.builder().key("owner").value("platform").build()));
    assertThat(channel.channelArn()).contains(":channel/");

    String good = eventData("alice", "Login");
    PutAuditEventsResponse put = cloudTrailData.putAuditEvents(request -> request.channelArn(channel.channelArn())
        .auditEvents(AuditEvent.builder().id("evt-1").eventData(good).eventDataChecksum(checksum(good)).build(),
            AuditEvent.builder().id("evt-2").eventData(eventData("bob", "Logout")).build(),
            AuditEvent.builder().id("evt-3").eventData(good).eventDataChecksum(checksum("tampered")).build(),
            AuditEvent.builder().id("evt-4").eventData("{\"version\":\"1.0\"}").build()));
    assertThat(put.successful()).extracting(success -> success.id()).containsExactly("evt-1", "evt-2");
    assertThat(put.failed()).extracting(failure -> failure.id() + ":" + failure.errorCode())
        .containsExactly("evt-3:InvalidChecksum", "evt-4:FieldNotFound");

    String storeId = storeArn.substring(storeArn.lastIndexOf('/') + 1);
    List<Map<String, String>> rows = query("SELECT eventData.userIdentity.principalId, eventData.eventName, "
        + "metadata.channelARN FROM " + storeId + " ORDER BY 1");
    assertThat(rows).containsExactly(
        Map.of("principalId", "alice", "eventName", "Login", "channelARN", channel.channelArn()),
        Map.of("principalId", "bob", "eventName", "Logout", "channelARN", channel.channelArn()));

    GetChannelResponse described = cloudTrail.getChannel(request -> request.channel(channel.channelArn()));
    assertThat(described.ingestionStatus().latestIngestionSuccessEventID()).isNotNull();
    assertThat(described.destinations()).extracting(Destination::location).containsExactly(storeArn);
    assertThat(cloudTrail.listTags(request -> request.resourceIdList(channel.channelArn())).resourceTagList()
        .get(0).tagsList()).containsExactly(Tag.builder().key("owner").value("platform").build());

    assertThatThrownBy(() -> cloudTrailData.putAuditEvents(request -> request.channelArn(channel.channelArn())
        .auditEvents(AuditEvent.builder().id("same").eventData(good).build(),
            AuditEvent.builder().id("same").eventData(good).build())))
        .isInstanceOf(DuplicatedAuditEventIdException.class);
  }

  @Test
  void channelLifecycleAndItsGuards() {
    String storeArn = activityStore("guarded-activity");
    String channelArn = cloudTrail.createChannel(request -> request.name("guarded").source("partner-x")
        .destinations(Destination.builder().type(DestinationType.EVENT_DATA_STORE).location(storeArn).build()))
        .channelArn();
    assertThat(cloudTrail.listChannels(request -> { }).channels())
        .anySatisfy(listed -> assertThat(listed.channelArn()).isEqualTo(channelArn));
    assertThat(cloudTrail.updateChannel(request -> request.channel(channelArn).name("renamed")).name())
        .isEqualTo("renamed");
    cloudTrail.updateEventDataStore(request -> request.eventDataStore(storeArn).terminationProtectionEnabled(false));
    assertThatThrownBy(() -> cloudTrail.deleteEventDataStore(request -> request.eventDataStore(storeArn)))
        .isInstanceOf(ChannelExistsForEdsException.class);
    cloudTrail.deleteChannel(request -> request.channel(channelArn));
    assertThatThrownBy(() -> cloudTrail.getChannel(request -> request.channel(channelArn)))
        .isInstanceOf(ChannelNotFoundException.class);
    cloudTrail.deleteEventDataStore(request -> request.eventDataStore(storeArn));

    String managementStore = cloudTrail.createEventDataStore(request -> request.name("management-only"))
        .eventDataStoreArn();
    assertThatThrownBy(() -> cloudTrail.createChannel(request -> request.name("wrong").source("partner-y")
        .destinations(Destination.builder().type(DestinationType.EVENT_DATA_STORE).location(managementStore)
            .build()))).isInstanceOf(InvalidEventDataStoreCategoryException.class);
  }

  private static String activityStore(String name) {
    return cloudTrail.createEventDataStore(request -> request.name(name).advancedEventSelectors(
        AdvancedEventSelector.builder().name("activity").fieldSelectors(AdvancedFieldSelector.builder()
            .field("eventCategory").equalsValue("ActivityAuditLog").build()).build())).eventDataStoreArn();
  }

  private static String eventData(String principal, String eventName) {
    return "{\"version\":\"1.0\",\"userIdentity\":{\"type\":\"User\",\"principalId\":\"" + principal + "\"},"
        + "\"eventSource\":\"myapp\",\"eventName\":\"" + eventName + "\",\"eventTime\":\"" + YESTERDAY + "\","
        + "\"UID\":\"req-" + principal + "\",\"recipientAccountId\":\"123456789012\"}";
  }

  private static String checksum(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException failure) {
      throw new IllegalStateException(failure);
    }
  }

  private static List<Map<String, String>> query(String sql) throws InterruptedException {
    String queryId = cloudTrail.startQuery(request -> request.queryStatement(sql)).queryId();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      QueryStatus status = cloudTrail.describeQuery(request -> request.queryId(queryId)).queryStatus();
      if (status == QueryStatus.FINISHED) {
        return cloudTrail.getQueryResults(request -> request.queryId(queryId)).queryResultRows().stream()
            .map(row -> {
              Map<String, String> merged = new java.util.LinkedHashMap<>();
              row.forEach(merged::putAll);
              return merged;
            }).toList();
      }
      assertThat(status).isIn(QueryStatus.QUEUED, QueryStatus.RUNNING);
      Thread.sleep(50);
    }
    throw new AssertionError("query did not finish");
  }
}
