package dev.eventlake.store.channel;

import dev.eventlake.store.catalog.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The members of {@code CreateChannel}. {@code name}, {@code source} and {@code destinations} are required (null is
 * rejected by the catalog with InvalidParameterException); {@code tags} may be null, meaning none.
 */
public record CreateChannelRequest(String name, String source, List<Destination> destinations, List<Tag> tags) {
  public CreateChannelRequest {
    destinations = copyOrNull(destinations);
    tags = copyOrNull(tags);
  }

  /** An unmodifiable copy that keeps null entries, so the catalog can reject them with a proper error. */
  static <T> List<T> copyOrNull(List<T> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }
}
