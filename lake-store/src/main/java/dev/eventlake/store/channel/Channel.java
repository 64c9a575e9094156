package dev.eventlake.store.channel;

import static java.util.Objects.requireNonNull;

import dev.eventlake.store.catalog.Tag;
import java.time.Instant;
import java.util.List;

/**
 * A channel (a CloudTrail Lake integration) as the catalog keeps it. {@code id} is a UUID, the suffix of
 * {@code arn:aws:cloudtrail:<region>:<account>:channel/<id>}; {@code source} is {@code Custom} or a partner name and
 * never changes; destination locations are store ARNs.
 */
public record Channel(
    String id,
    String arn,
    String name,
    String source,
    List<Destination> destinations,
    List<Tag> tags,
    Instant createdTimestamp,
    Instant updatedTimestamp,
    IngestionStatus ingestionStatus) {

  public Channel {
    requireNonNull(id, "id is null");
    requireNonNull(arn, "arn is null");
    requireNonNull(name, "name is null");
    requireNonNull(source, "source is null");
    destinations = List.copyOf(requireNonNull(destinations, "destinations is null"));
    tags = List.copyOf(requireNonNull(tags, "tags is null"));
    requireNonNull(createdTimestamp, "createdTimestamp is null");
    requireNonNull(updatedTimestamp, "updatedTimestamp is null");
    requireNonNull(ingestionStatus, "ingestionStatus is null");
  }

  /** True when one of the destinations is the store with this ARN. */
  public boolean delivers(String storeArn) {
    return destinations.stream()
        .anyMatch(destination -> destination.type() == DestinationType.EVENT_DATA_STORE
            && destination.location().equals(storeArn));
  }

  /** This channel with a new name and destinations, stamped as updated at {@code now}. */
  Channel updated(String newName, List<Destination> newDestinations, Instant now) {
    return new Channel(id, arn, newName, source, newDestinations, tags, createdTimestamp, now, ingestionStatus);
  }

  /** This channel with other tags, stamped as updated at {@code now}. */
  Channel withTags(List<Tag> newTags, Instant now) {
    return new Channel(id, arn, name, source, destinations, newTags, createdTimestamp, now, ingestionStatus);
  }

  /** This channel with another ingestion status; not an update of the channel itself. */
  Channel withIngestionStatus(IngestionStatus status) {
    return new Channel(id, arn, name, source, destinations, tags, createdTimestamp, updatedTimestamp, status);
  }
}
