package dev.eventlake.store.channel;

import static dev.eventlake.store.channel.ChannelTestSupport.START;
import static dev.eventlake.store.channel.ChannelTestSupport.assertFails;
import static dev.eventlake.store.channel.ChannelTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.catalog.CatalogConfig;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.catalog.Tag;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.testing.ActivityAuditLogs;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CloudTrail error of the channel operations, each with the catalog left unchanged. */
class ChannelValidationTest {
  private static final String OTHER_ID = "0f1e2d3c-aaaa-bbbb-cccc-0123456789ab";

  @TempDir Path dataDirectory;
  private StoreCatalog stores;
  private ChannelCatalog channels;
  private EventDataStore activity;

  @BeforeEach
  void openCatalogs() {
    CatalogConfig config = ChannelTestSupport.config(dataDirectory, new MutableClock(START));
    ChannelCatalog[] guard = new ChannelCatalog[1];
    stores = ChannelTestSupport.stores(config, guard);
    channels = new ChannelCatalog(config, stores, 2);
    guard[0] = channels;
    activity = stores.create(ActivityAuditLogs.storeRequest("app-events"));
  }

  @Test
  void namesMustBeValidAndUnique() {
    assertFails(() -> channels.create(request(null, "Custom", activity.id())), ErrorCode.INVALID_PARAMETER, "Name");
    assertFails(() -> channels.create(request("ab", "Custom", activity.id())), ErrorCode.INVALID_PARAMETER, "'ab'");
    assertFails(() -> channels.create(request("has space", "Custom", activity.id())), ErrorCode.INVALID_PARAMETER,
        "'has space'");
    assertFails(() -> channels.create(request("x".repeat(129), "Custom", activity.id())),
        ErrorCode.INVALID_PARAMETER, "3 to 128");
    Channel first = channels.create(request("my-app", "Custom", activity.id()));
    assertFails(() -> channels.create(request("my-app", "PartnerOne", activity.id())),
        ErrorCode.CHANNEL_ALREADY_EXISTS, "my-app");
    Channel second = channels.create(request("other-app", "PartnerOne", activity.id()));
    assertFails(() -> channels.update(new UpdateChannelRequest(second.id(), "my-app", null)),
        ErrorCode.CHANNEL_ALREADY_EXISTS, first.arn());
    assertThat(channels.update(new UpdateChannelRequest(first.id(), "my-app", null)).name()).isEqualTo("my-app");
  }

  @Test
  void sourcesMustBeValidAndHaveOneChannelEach() {
    assertFails(() -> channels.create(request("my-app", null, activity.id())), ErrorCode.INVALID_PARAMETER, "Source");
    assertFails(() -> channels.create(request("my-app", "", activity.id())), ErrorCode.INVALID_SOURCE, "''");
    assertFails(() -> channels.create(request("my-app", " Custom", activity.id())), ErrorCode.INVALID_SOURCE,
        "Custom");
    assertFails(() -> channels.create(request("my-app", "x".repeat(257), activity.id())), ErrorCode.INVALID_SOURCE,
        "256");
    assertFails(() -> channels.create(request("my-app", "tab\there", activity.id())), ErrorCode.INVALID_SOURCE,
        "printable");
    channels.create(request("my-app", "Custom", activity.id()));
    assertFails(() -> channels.create(request("second-app", "Custom", activity.id())), ErrorCode.INVALID_SOURCE,
        "one channel only");
  }

  @Test
  void atMostTheQuotaOfChannels() {
    channels.create(request("one", "Custom", activity.id()));
    channels.create(request("two", "PartnerOne", activity.id()));
    assertFails(() -> channels.create(request("three", "PartnerTwo", activity.id())),
        ErrorCode.CHANNEL_MAX_LIMIT_EXCEEDED, "already has 2 channels");
  }

  @Test
  void destinationListsMustBeWellFormed() {
    assertFails(() -> channels.create(new CreateChannelRequest("my-app", "Custom", null, null)),
        ErrorCode.INVALID_PARAMETER, "1 to 200");
    assertFails(() -> channels.create(request("my-app", "Custom")), ErrorCode.INVALID_PARAMETER, "1 to 200");
    List<Destination> tooMany = IntStream.range(0, 201).mapToObj(i -> Destination.eventDataStore(activity.id()))
        .toList();
    assertFails(() -> channels.create(new CreateChannelRequest("my-app", "Custom", tooMany, null)),
        ErrorCode.INVALID_PARAMETER, "got 201");
    assertFails(() -> channels.create(new CreateChannelRequest("my-app", "Custom",
        Collections.singletonList(null), null)), ErrorCode.INVALID_PARAMETER, "Type");
    assertFails(() -> channels.create(new CreateChannelRequest("my-app", "Custom",
        List.of(new Destination(null, activity.id())), null)), ErrorCode.INVALID_PARAMETER, "Type");
    assertFails(() -> channels.create(request("my-app", "Custom", "a b c")), ErrorCode.INVALID_PARAMETER, "'a b c'");
    assertFails(() -> channels.create(new CreateChannelRequest("my-app", "Custom",
        List.of(new Destination(DestinationType.AWS_SERVICE, "config")), null)), ErrorCode.INVALID_PARAMETER,
        "AWS_SERVICE");
    assertFails(() -> channels.create(request("my-app", "Custom", activity.id(), activity.arn())),
        ErrorCode.INVALID_PARAMETER, "more than once");
    assertThat(channels.list()).isEmpty();
  }

  @Test
  void destinationsMustBeActiveActivityAuditLogStores() {
    EventDataStore management = stores.create(CreateStoreRequest.named("management"));
    EventDataStore deleted = stores.create(ActivityAuditLogs.storeRequest("deleted-events"));
    stores.delete(deleted.id());

    assertFails(() -> channels.create(request("my-app", "Custom", management.id())),
        ErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY, "[Management]");
    assertFails(() -> channels.create(request("my-app", "Custom", deleted.arn())),
        ErrorCode.INACTIVE_EVENT_DATA_STORE, "deleted-events");
    assertFails(() -> channels.create(request("my-app", "Custom", OTHER_ID)),
        ErrorCode.EVENT_DATA_STORE_NOT_FOUND, OTHER_ID);
    assertFails(() -> channels.create(request("my-app", "Custom", "arn:aws:cloudtrail:eu-west-1:123456789012:"
        + "eventdatastore/" + activity.id())), ErrorCode.EVENT_DATA_STORE_ARN_INVALID, "eu-west-1");
    assertFails(() -> channels.create(request("my-app", "Custom", "store*")), ErrorCode.EVENT_DATA_STORE_ARN_INVALID,
        "store*");
    Channel channel = channels.create(request("my-app", "Custom", activity.id()));
    assertFails(() -> channels.update(new UpdateChannelRequest(channel.id(), null,
        List.of(Destination.eventDataStore(management.id())))), ErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY,
        "management");
    assertThat(channels.get(channel.id())).isEqualTo(channel);
  }

  @Test
  void tagsMustBeFewAndDistinct() {
    List<Tag> tooMany = IntStream.range(0, 51).mapToObj(i -> new Tag("key" + i, "value")).toList();
    assertFails(() -> channels.create(new CreateChannelRequest("my-app", "Custom",
        List.of(Destination.eventDataStore(activity.id())), tooMany)), ErrorCode.TAGS_LIMIT_EXCEEDED, "51");
    assertFails(() -> channels.create(new CreateChannelRequest("my-app", "Custom",
        List.of(Destination.eventDataStore(activity.id())), List.of(new Tag("team", "a"), new Tag("team", "b")))),
        ErrorCode.INVALID_TAG_PARAMETER, "'team' twice");
    List<Tag> withNull = new ArrayList<>();
    withNull.add(null);
    assertFails(() -> channels.create(new CreateChannelRequest("my-app", "Custom",
        List.of(Destination.eventDataStore(activity.id())), withNull)), ErrorCode.INVALID_TAG_PARAMETER, "null");
  }

  @Test
  void channelReferencesMustBeArnsOrIdsOfThisAccountAndRegion() {
    Channel channel = channels.create(request("my-app", "Custom", activity.id()));
    assertFails(() -> channels.get(null), ErrorCode.CHANNEL_ARN_INVALID, "required");
    assertFails(() -> channels.get("my-app"), ErrorCode.CHANNEL_ARN_INVALID, "neither");
    assertFails(() -> channels.get("ab"), ErrorCode.CHANNEL_ARN_INVALID, "3 to 256");
    assertFails(() -> channels.get("arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/" + channel.id()),
        ErrorCode.CHANNEL_ARN_INVALID, "not a channel ARN");
    assertFails(() -> channels.get("arn:aws:cloudtrail:eu-west-1:123456789012:channel/" + channel.id()),
        ErrorCode.CHANNEL_ARN_INVALID, "eu-west-1");
    assertFails(() -> channels.get("arn:aws:cloudtrail:us-east-1:999999999999:channel/" + channel.id()),
        ErrorCode.CHANNEL_ARN_INVALID, "999999999999");
    assertFails(() -> channels.get(OTHER_ID), ErrorCode.CHANNEL_NOT_FOUND, OTHER_ID);
    assertFails(() -> channels.delete(OTHER_ID), ErrorCode.CHANNEL_NOT_FOUND, OTHER_ID);
    assertFails(() -> channels.update(new UpdateChannelRequest(OTHER_ID, "renamed", null)),
        ErrorCode.CHANNEL_NOT_FOUND, OTHER_ID);
    assertFails(() -> channels.update(new UpdateChannelRequest(channel.id(), null, null)),
        ErrorCode.INVALID_PARAMETER, "Name or Destinations");
  }

  @Test
  void ingestionUsesTheDataPlaneErrorNames() {
    Channel channel = channels.create(request("my-app", "Custom", activity.id()));
    assertFails(() -> channels.resolveForIngestion("not a channel"), ErrorCode.INVALID_CHANNEL_ARN, "not a channel");
    assertFails(() -> channels.resolveForIngestion("arn:aws:cloudtrail:us-east-1:999999999999:channel/"
        + channel.id()), ErrorCode.CHANNEL_INSUFFICIENT_PERMISSION, "999999999999");
    assertFails(() -> channels.resolveForIngestion(OTHER_ID), ErrorCode.INGESTION_CHANNEL_NOT_FOUND, OTHER_ID);
  }
}
