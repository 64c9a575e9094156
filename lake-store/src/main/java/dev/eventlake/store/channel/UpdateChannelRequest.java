package dev.eventlake.store.channel;

import java.util.List;

/**
 * The members of {@code UpdateChannel}: the channel's ARN or ID, and a new name and/or new destinations (null means
 * unchanged; at least one must be present). The source of a channel cannot change.
 */
public record UpdateChannelRequest(String channelReference, String name, List<Destination> destinations) {
  public UpdateChannelRequest {
    destinations = CreateChannelRequest.copyOrNull(destinations);
  }

  /** True when the request changes anything. */
  public boolean hasChanges() {
    return name != null || destinations != null;
  }
}
