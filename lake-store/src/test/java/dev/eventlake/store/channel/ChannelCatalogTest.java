package dev.eventlake.store.channel;

import static dev.eventlake.store.channel.ChannelTestSupport.START;
import static dev.eventlake.store.channel.ChannelTestSupport.assertFails;
import static dev.eventlake.store.channel.ChannelTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.catalog.CatalogConfig;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.catalog.Tag;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.testing.ActivityAuditLogs;
import dev.eventlake.store.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channel create, get, list, update, delete; persistence across reopening; the store deletion guard. */
class ChannelCatalogTest {
  @TempDir Path dataDirectory;
  private final MutableClock clock = new MutableClock(START);
  private final ChannelCatalog[] guard = new ChannelCatalog[1];
  private CatalogConfig config;
  private StoreCatalog stores;
  private ChannelCatalog channels;
  private EventDataStore activity;
  private EventDataStore otherActivity;

  @BeforeEach
  void openCatalogs() {
    config = ChannelTestSupport.config(dataDirectory, clock);
    stores = ChannelTestSupport.stores(config, guard);
    channels = open();
    activity = stores.create(ActivityAuditLogs.storeRequest("app-events"));
    otherActivity = stores.create(ActivityAuditLogs.storeRequest("partner-events"));
  }

  private ChannelCatalog open() {
    guard[0] = new ChannelCatalog(config, stores, ChannelCatalog.DEFAULT_MAXIMUM_CHANNELS);
    return guard[0];
  }

  @Test
  void createsAChannelWithAnArnOfTheAccountAndRegionAndStoreArnsAsLocations() {
    Channel channel = channels.create(new CreateChannelRequest("my-app", "Custom",
        List.of(Destination.eventDataStore(activity.id())), List.of(new Tag("team", "payments"))));

    assertThat(channel.arn()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:channel/" + channel.id());
    assertThat(channel.id()).matches("[a-f0-9\\-]{36}");
    assertThat(channel.name()).isEqualTo("my-app");
    assertThat(channel.source()).isEqualTo("Custom");
    assertThat(channel.destinations()).containsExactly(Destination.eventDataStore(activity.arn()));
    assertThat(channel.tags()).containsExactly(new Tag("team", "payments"));
    assertThat(channel.createdTimestamp()).isEqualTo(START);
    assertThat(channel.ingestionStatus()).isEqualTo(IngestionStatus.NONE);
  }

  @Test
  void findsChannelsByArnOrIdAndListsThemInCreationOrder() {
    Channel first = channels.create(request("first", "Custom", activity.arn()));
    Channel second = channels.create(request("second", "PartnerOne", activity.name(), otherActivity.id()));

    assertThat(channels.get(first.arn())).isEqualTo(first);
    assertThat(channels.get(second.id())).isEqualTo(second);
    assertThat(channels.resolveForIngestion(second.arn())).isEqualTo(second);
    assertThat(channels.list()).containsExactly(first, second);
  }

  @Test
  void updatesNameAndDestinationsButKeepsTheSource() {
    Channel channel = channels.create(request("my-app", "Custom", activity.id()));
    clock.advance(Duration.ofMinutes(5));

    Channel renamed = channels.update(new UpdateChannelRequest(channel.arn(), "renamed-app", null));
    Channel moved = channels.update(new UpdateChannelRequest(channel.id(), null,
        List.of(Destination.eventDataStore(otherActivity.arn()))));

    assertThat(renamed.name()).isEqualTo("renamed-app");
    assertThat(renamed.destinations()).isEqualTo(channel.destinations());
    assertThat(renamed.updatedTimestamp()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    assertThat(moved.name()).isEqualTo("renamed-app");
    assertThat(moved.source()).isEqualTo("Custom");
    assertThat(moved.destinations()).containsExactly(Destination.eventDataStore(otherActivity.arn()));
    assertThat(moved.createdTimestamp()).isEqualTo(START);
  }

  @Test
  void deletesAChannelAndFreesItsNameAndSource() {
    Channel channel = channels.create(request("my-app", "Custom", activity.id()));

    assertThat(channels.delete(channel.arn())).isEqualTo(channel);

    assertThat(channels.list()).isEmpty();
    assertFails(() -> channels.get(channel.id()), ErrorCode.CHANNEL_NOT_FOUND, channel.id());
    assertThat(channels.create(request("my-app", "Custom", activity.id())).id()).isNotEqualTo(channel.id());
  }

  @Test
  void everyChangeSurvivesReopening() {
    Channel kept = channels.create(new CreateChannelRequest("kept", "Custom",
        List.of(Destination.eventDataStore(activity.id()), Destination.eventDataStore(otherActivity.id())),
        List.of(new Tag("team", null))));
    Channel dropped = channels.create(request("dropped", "PartnerOne", activity.id()));
    channels.update(new UpdateChannelRequest(kept.id(), "kept-renamed", null));
    channels.delete(dropped.id());
    channels.recordIngestion(kept.id(), status -> status.afterAttempt(START, "evt-1", "event-id-1", "FieldTooLong"));

    ChannelCatalog reopened = open();

    assertThat(reopened.list()).containsExactly(channels.get(kept.id()));
    Channel loaded = reopened.get(kept.arn());
    assertThat(loaded.name()).isEqualTo("kept-renamed");
    assertThat(loaded.tags()).containsExactly(new Tag("team", null));
    assertThat(loaded.ingestionStatus()).isEqualTo(new IngestionStatus(START, "event-id-1", "FieldTooLong", START,
        "evt-1"));
    assertThat(dataDirectory.resolve("catalog").resolve(ChannelFile.FILE_NAME)).exists();
  }

  @Test
  void aStoreThatAChannelDeliversToCannotBeDeleted() {
    Channel channel = channels.create(request("my-app", "Custom", activity.id()));

    assertFails(() -> stores.delete(activity.id()), ErrorCode.CHANNEL_EXISTS_FOR_EDS, "my-app");
    assertThat(stores.get(activity.id()).isPendingDeletion()).isFalse();

    channels.update(new UpdateChannelRequest(channel.id(), null, List.of(Destination.eventDataStore(otherActivity.id()))));
    assertThat(stores.delete(activity.id()).isPendingDeletion()).isTrue();
    channels.delete(channel.id());
    assertThat(stores.delete(otherActivity.id()).isPendingDeletion()).isTrue();
  }

  @Test
  void anUnreadableChannelFileIsAnInternalFailure() throws Exception {
    Files.createDirectories(config.catalogDirectory());
    Files.writeString(config.catalogDirectory().resolve(ChannelFile.FILE_NAME), "{\"formatVersion\": 7}");

    assertFails(this::open, ErrorCode.INTERNAL_FAILURE, "format version 7");
  }
}
