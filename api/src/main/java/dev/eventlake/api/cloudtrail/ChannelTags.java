package dev.eventlake.api.cloudtrail;

import dev.eventlake.store.catalog.Tag;
import dev.eventlake.store.channel.ChannelCatalog;
import java.util.List;

/** Channels as tag targets, named by ARN ({@code …:channel/<id>}). */
public final class ChannelTags implements TagOperations.TagTarget {
  private final ChannelCatalog channels;

  public ChannelTags(ChannelCatalog channels) {
    this.channels = channels;
  }

  @Override
  public boolean owns(String resourceId) {
    return resourceId.contains(":channel/");
  }

  @Override
  public String arn(String resourceId) {
    return channels.get(resourceId).arn();
  }

  @Override
  public List<Tag> tags(String resourceId) {
    return channels.get(resourceId).tags();
  }

  @Override
  public void replaceTags(String resourceId, List<Tag> tags) {
    channels.replaceTags(resourceId, tags);
  }
}
