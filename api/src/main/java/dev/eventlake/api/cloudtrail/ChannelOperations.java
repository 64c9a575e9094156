package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.cloudtrail.ChannelShapes.ChannelInput;
import dev.eventlake.api.cloudtrail.ChannelShapes.ChannelSummary;
import dev.eventlake.api.cloudtrail.ChannelShapes.CreateInput;
import dev.eventlake.api.cloudtrail.ChannelShapes.CreateOutput;
import dev.eventlake.api.cloudtrail.ChannelShapes.DestinationShape;
import dev.eventlake.api.cloudtrail.ChannelShapes.GetOutput;
import dev.eventlake.api.cloudtrail.ChannelShapes.IngestionStatusShape;
import dev.eventlake.api.cloudtrail.ChannelShapes.ListInput;
import dev.eventlake.api.cloudtrail.ChannelShapes.ListOutput;
import dev.eventlake.api.cloudtrail.ChannelShapes.SourceConfig;
import dev.eventlake.api.cloudtrail.ChannelShapes.UpdateInput;
import dev.eventlake.api.cloudtrail.ChannelShapes.UpdateOutput;
import dev.eventlake.api.cloudtrail.StoreShapes.TagShape;
import dev.eventlake.store.catalog.Tag;
import dev.eventlake.store.channel.Channel;
import dev.eventlake.store.channel.ChannelCatalog;
import dev.eventlake.store.channel.CreateChannelRequest;
import dev.eventlake.store.channel.UpdateChannelRequest;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.List;

/** The channel operations of section 2.3: create, get, list, update, delete. */
public final class ChannelOperations {
  private final ChannelCatalog channels;

  public ChannelOperations(ChannelCatalog channels) {
    this.channels = channels;
  }

  public List<Operation> operations() {
    return List.of(
        Operation.of("CreateChannel", Access.ADMIN, CreateInput.class, (input, caller) -> create(input)),
        Operation.of("GetChannel", Access.READ, ChannelInput.class, (input, caller) -> get(input)),
        Operation.of("ListChannels", Access.READ, ListInput.class, (input, caller) -> list(input)),
        Operation.of("UpdateChannel", Access.ADMIN, UpdateInput.class, (input, caller) -> update(input)),
        Operation.of("DeleteChannel", Access.ADMIN, ChannelInput.class, (input, caller) -> {
          channels.delete(required(input.channel()));
          return Operation.EMPTY;
        }));
  }

  private CreateOutput create(CreateInput input) {
    List<Tag> tags = input.tags() == null ? List.of() : input.tags().stream().map(TagShape::toDomain).toList();
    Channel channel = channels.create(new CreateChannelRequest(input.name(), input.source(),
        DestinationShape.toDomain(input.destinations()), tags));
    return new CreateOutput(channel.arn(), channel.name(), channel.source(), ChannelShapes.destinations(channel),
        channel.tags().stream().map(TagShape::of).toList());
  }

  private GetOutput get(ChannelInput input) {
    Channel channel = channels.get(required(input.channel()));
    return new GetOutput(channel.arn(), channel.name(), channel.source(), new SourceConfig(true, List.of()),
        ChannelShapes.destinations(channel), IngestionStatusShape.of(channel.ingestionStatus()));
  }

  private ListOutput list(ListInput input) {
    ListPages.Page<ChannelSummary> page = ListPages.page(channels.list().stream()
        .map(channel -> new ChannelSummary(channel.arn(), channel.name())).toList(), input.nextToken(),
        input.maxResults(), "ListChannels");
    return new ListOutput(page.items(), page.nextToken());
  }

  private UpdateOutput update(UpdateInput input) {
    Channel channel = channels.update(new UpdateChannelRequest(required(input.channel()), input.name(),
        DestinationShape.toDomain(input.destinations())));
    return new UpdateOutput(channel.arn(), channel.name(), channel.source(), ChannelShapes.destinations(channel));
  }

  static String required(String channel) {
    if (channel == null || channel.isBlank()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "Channel is required: the ARN or ID of a channel");
    }
    return channel;
  }
}
