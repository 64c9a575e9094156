package dev.eventlake.store.channel;

import dev.eventlake.store.catalog.Tag;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The on-disk shape of {@code channels.json}, kept apart from the domain records so that renaming a domain member
 * cannot silently change the file format. Timestamps are ISO-8601 strings, enums their wire names.
 */
record PersistedChannels(int formatVersion, List<PersistedChannel> channels) {
  static final int CURRENT_FORMAT_VERSION = 1;

  /** One channel. */
  record PersistedChannel(
      String id,
      String arn,
      String name,
      String source,
      List<PersistedDestination> destinations,
      List<PersistedTag> tags,
      String createdTimestamp,
      String updatedTimestamp,
      PersistedIngestion ingestionStatus) {}

  /** One destination. */
  record PersistedDestination(String type, String location) {}

  /** One tag. */
  record PersistedTag(String key, String value) {}

  /** The ingestion status; absent members are null. */
  record PersistedIngestion(
      String latestIngestionSuccessTime,
      String latestIngestionSuccessEventId,
      String latestIngestionErrorCode,
      String latestIngestionAttemptTime,
      String latestIngestionAttemptEventId) {}

  /** The current-format file content for these channels. */
  static PersistedChannels of(Collection<Channel> channels) {
    return new PersistedChannels(CURRENT_FORMAT_VERSION, channels.stream().map(PersistedChannels::toPersisted).toList());
  }

  /**
   * The channels this content describes.
   *
   * @throws IllegalArgumentException or NullPointerException when the content is incomplete or inconsistent
   */
  List<Channel> toChannels() {
    if (formatVersion != CURRENT_FORMAT_VERSION) {
      throw new IllegalArgumentException("format version " + formatVersion + " is not supported; this version of "
          + "Eventlake reads version " + CURRENT_FORMAT_VERSION);
    }
    if (channels == null) {
      throw new IllegalArgumentException("member channels is missing");
    }
    return channels.stream().map(PersistedChannels::toChannel).toList();
  }

  private static PersistedChannel toPersisted(Channel channel) {
    IngestionStatus status = channel.ingestionStatus();
    return new PersistedChannel(channel.id(), channel.arn(), channel.name(), channel.source(),
        channel.destinations().stream()
            .map(destination -> new PersistedDestination(destination.type().wireName(), destination.location()))
            .toList(),
        channel.tags().stream().map(tag -> new PersistedTag(tag.key(), tag.value())).toList(),
        channel.createdTimestamp().toString(), channel.updatedTimestamp().toString(),
        new PersistedIngestion(text(status.latestIngestionSuccessTime()), status.latestIngestionSuccessEventId(),
            status.latestIngestionErrorCode(), text(status.latestIngestionAttemptTime()),
            status.latestIngestionAttemptEventId()));
  }

  private static Channel toChannel(PersistedChannel form) {
    PersistedIngestion status = form.ingestionStatus();
    return new Channel(form.id(), form.arn(), form.name(), form.source(),
        form.destinations().stream()
            .map(destination -> new Destination(DestinationType.valueOf(destination.type()), destination.location()))
            .toList(),
        form.tags().stream().map(tag -> new Tag(tag.key(), tag.value())).toList(),
        Instant.parse(form.createdTimestamp()), Instant.parse(form.updatedTimestamp()),
        new IngestionStatus(instant(status.latestIngestionSuccessTime()), status.latestIngestionSuccessEventId(),
            status.latestIngestionErrorCode(), instant(status.latestIngestionAttemptTime()),
            status.latestIngestionAttemptEventId()));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
