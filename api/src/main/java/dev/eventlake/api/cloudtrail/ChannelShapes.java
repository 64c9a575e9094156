package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.cloudtrail.StoreShapes.TagShape;
import dev.eventlake.api.wire.SelectorWire;
import dev.eventlake.store.channel.Channel;
import dev.eventlake.store.channel.Destination;
import dev.eventlake.store.channel.DestinationType;
import dev.eventlake.store.channel.IngestionStatus;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.time.Instant;
import java.util.List;

/** Wire shapes of the channel operations of section 2.3. */
public final class ChannelShapes {
  private ChannelShapes() {}

  /** A destination: {@code Type} EVENT_DATA_STORE or AWS_SERVICE, and its {@code Location}. */
  public record DestinationShape(String type, String location) {
    static DestinationShape of(Destination destination) {
      return new DestinationShape(destination.type().wireName(), destination.location());
    }

    Destination toDomain() {
      for (DestinationType candidate : DestinationType.values()) {
        if (candidate.wireName().equals(type)) {
          return new Destination(candidate, location);
        }
      }
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "Destination Type '%s' is not EVENT_DATA_STORE or "
          + "AWS_SERVICE", type);
    }

    static List<Destination> toDomain(List<DestinationShape> shapes) {
      return shapes == null ? null : shapes.stream().map(DestinationShape::toDomain).toList();
    }
  }

  /** CreateChannel input. */
  public record CreateInput(String name, String source, List<DestinationShape> destinations, List<TagShape> tags) {}

  /** CreateChannel output. */
  public record CreateOutput(String channelArn, String name, String source, List<DestinationShape> destinations,
      List<TagShape> tags) {}

  /** GetChannel / DeleteChannel input. */
  public record ChannelInput(String channel) {}

  /** GetChannel's source configuration. */
  public record SourceConfig(boolean applyToAllRegions, List<SelectorWire> advancedEventSelectors) {}

  /** GetChannel's ingestion status. */
  public record IngestionStatusShape(Instant latestIngestionSuccessTime, String latestIngestionSuccessEventID,
      String latestIngestionErrorCode, Instant latestIngestionAttemptTime, String latestIngestionAttemptEventID) {
    static IngestionStatusShape of(IngestionStatus status) {
      return new IngestionStatusShape(status.latestIngestionSuccessTime(), status.latestIngestionSuccessEventId(),
          status.latestIngestionErrorCode(), status.latestIngestionAttemptTime(),
          status.latestIngestionAttemptEventId());
    }
  }

  /** GetChannel output. */
  public record GetOutput(String channelArn, String name, String source, SourceConfig sourceConfig,
      List<DestinationShape> destinations, IngestionStatusShape ingestionStatus) {}

  /** ListChannels input. */
  public record ListInput(Integer maxResults, String nextToken) {}

  /** One item of ListChannels. */
  public record ChannelSummary(String channelArn, String name) {}

  /** ListChannels output. */
  public record ListOutput(List<ChannelSummary> channels, String nextToken) {}

  /** UpdateChannel input. */
  public record UpdateInput(String channel, List<DestinationShape> destinations, String name) {}

  /** UpdateChannel output. */
  public record UpdateOutput(String channelArn, String name, String source, List<DestinationShape> destinations) {}

  static List<DestinationShape> destinations(Channel channel) {
    return channel.destinations().stream().map(DestinationShape::of).toList();
  }
}
