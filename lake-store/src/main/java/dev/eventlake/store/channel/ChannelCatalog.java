package dev.eventlake.store.channel;

import static dev.eventlake.store.error.ErrorCode.CHANNEL_ALREADY_EXISTS;
import static dev.eventlake.store.error.ErrorCode.CHANNEL_EXISTS_FOR_EDS;
import static dev.eventlake.store.error.ErrorCode.CHANNEL_MAX_LIMIT_EXCEEDED;
import static dev.eventlake.store.error.ErrorCode.CHANNEL_NOT_FOUND;
import static dev.eventlake.store.error.ErrorCode.INGESTION_CHANNEL_NOT_FOUND;
import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.INVALID_SOURCE;
import static java.util.Objects.requireNonNull;

import dev.eventlake.store.catalog.CatalogConfig;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.catalog.Tag;
import dev.eventlake.store.channel.ChannelReferences.Errors;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channels of one account and Region, with CloudTrail's rules: unique names, one channel per source, at most
 * {@code maxChannels}, destinations that are active ActivityAuditLog stores.
 *
 * <p>Thread-safe; every change is durable in {@code <data-dir>/catalog/channels.json} before it returns, and a failed
 * write leaves the catalog unchanged. Changes take the store catalog's lock before this one's, the order a store
 * deletion takes them in (through {@link #verifyDeletable}), so a channel can never be created towards a store that
 * is being deleted.
 */
public final class ChannelCatalog {
  /** CloudTrail's quota of channels per account and Region. */
  public static final int DEFAULT_MAXIMUM_CHANNELS = 25;
  private static final Logger LOG = LoggerFactory.getLogger(ChannelCatalog.class);

  private final CatalogConfig config;
  private final StoreCatalog stores;
  private final int maxChannels;
  private final ChannelReferences references;
  private final ChannelDestinations destinations;
  private final ChannelFile file;
  private volatile Map<String, Channel> channelsById = new LinkedHashMap<>();

  /**
   * Opens the channel catalog in {@code config.catalogDirectory()}, deleting temporary files a crash left behind.
   *
   * @throws LakeException with {@code INTERNAL_FAILURE} when an existing channel file cannot be read
   */
  public ChannelCatalog(CatalogConfig config, StoreCatalog stores, int maxChannels) {
    this.config = requireNonNull(config, "config is null");
    this.stores = requireNonNull(stores, "stores is null");
    this.maxChannels = maxChannels;
    this.references = new ChannelReferences(config.region(), config.accountId());
    this.destinations = new ChannelDestinations(stores);
    this.file = new ChannelFile(config.catalogDirectory());
    Map<String, Channel> loaded = new LinkedHashMap<>();
    file.load().forEach(channel -> loaded.put(channel.id(), channel));
    this.channelsById = loaded;
  }

  /** Creates a channel delivering to the given ActivityAuditLog stores. */
  public Channel create(CreateChannelRequest request) {
    requireNonNull(request, "request is null");
    return locked(() -> {
      String name = ChannelRules.requireValidName(request.name());
      String source = ChannelRules.requireValidSource(request.source());
      List<Destination> resolved = destinations.resolve(request.destinations());
      List<Tag> tags = ChannelRules.requireValidTags(request.tags());
      requireUniqueName(name, null);
      requireUnusedSource(source);
      if (channelsById.size() >= maxChannels) {
        throw LakeException.of(CHANNEL_MAX_LIMIT_EXCEEDED, "Account %s already has %d channels in %s, the maximum; "
            + "delete an unused channel first.", config.accountId(), channelsById.size(), config.region());
      }
      String id = UUID.randomUUID().toString();
      Instant now = config.clock().instant();
      return commit(new Channel(id, references.arnFor(id), name, source, resolved, tags, now, now,
          IngestionStatus.NONE));
    });
  }

  /** The channel with this ARN or ID; ChannelARNInvalidException or ChannelNotFoundException otherwise. */
  public Channel get(String reference) {
    return find(references.parse(reference, Errors.CONTROL_PLANE), reference, CHANNEL_NOT_FOUND);
  }

  /** The channel PutAuditEvents names, with the data plane's errors (InvalidChannelARN, ChannelNotFound, ...). */
  public Channel resolveForIngestion(String reference) {
    return find(references.parse(reference, Errors.INGESTION), reference, INGESTION_CHANNEL_NOT_FOUND);
  }

  /** Every channel, in creation order. */
  public List<Channel> list() {
    return List.copyOf(channelsById.values());
  }

  /** Renames a channel and/or replaces its destinations; its source never changes. */
  public Channel update(UpdateChannelRequest request) {
    requireNonNull(request, "request is null");
    return locked(() -> {
      Channel current = get(request.channelReference());
      if (!request.hasChanges()) {
        throw LakeException.of(INVALID_PARAMETER, "UpdateChannel needs Name or Destinations to change channel '%s'.",
            current.name());
      }
      String name = request.name() == null ? current.name() : ChannelRules.requireValidName(request.name());
      List<Destination> resolved = request.destinations() == null ? current.destinations()
          : destinations.resolve(request.destinations());
      requireUniqueName(name, current.id());
      return commit(current.updated(name, resolved, config.clock().instant()));
    });
  }

  /** Replaces a channel's tags (AddTags and RemoveTags compute the new list). */
  public Channel replaceTags(String reference, List<Tag> tags) {
    return locked(() -> {
      Channel current = get(reference);
      return commit(current.withTags(ChannelRules.requireValidTags(tags), config.clock().instant()));
    });
  }

  /** Deletes a channel; events already delivered stay in their stores. Returns the channel as it was. */
  public Channel delete(String reference) {
    return locked(() -> {
      Channel current = get(reference);
      Map<String, Channel> next = new LinkedHashMap<>(channelsById);
      next.remove(current.id());
      file.save(next.values());
      channelsById = next;
      return current;
    });
  }

  /**
   * The deletion guard of the store catalog: refuses, with ChannelExistsForEDSException, to delete a store that a
   * channel delivers to. Reads without locking, as the store catalog calls it under its own lock.
   */
  public void verifyDeletable(EventDataStore store) {
    for (Channel channel : channelsById.values()) {
      if (channel.delivers(store.arn())) {
        throw LakeException.of(CHANNEL_EXISTS_FOR_EDS, "Event data store '%s' is a destination of channel '%s' (%s); "
            + "delete the channel or remove the store from its destinations first.", store.name(), channel.name(),
            channel.arn());
      }
    }
  }

  /**
   * Applies {@code change} to a channel's ingestion status. A failed write is logged and the new status kept in
   * memory: the events it describes are already stored, so the caller must not see a failure.
   */
  public synchronized void recordIngestion(String channelId, UnaryOperator<IngestionStatus> change) {
    Channel current = channelsById.get(channelId);
    if (current == null) {
      return;
    }
    Map<String, Channel> next = new LinkedHashMap<>(channelsById);
    next.put(channelId, current.withIngestionStatus(change.apply(current.ingestionStatus())));
    try {
      file.save(next.values());
    } catch (LakeException failure) {
      LOG.warn("ingestion status of channel {} kept in memory only: {}", channelId, failure.getMessage());
    }
    channelsById = next;
  }

  private Channel find(String id, String reference, ErrorCode notFound) {
    Channel channel = channelsById.get(id);
    if (channel == null) {
      throw LakeException.of(notFound, "No channel '%s' exists in account %s, Region %s; pass the ARN or ID of an "
          + "existing channel (see ListChannels).", reference, config.accountId(), config.region());
    }
    return channel;
  }

  /** Runs a change holding the store catalog's lock, then this catalog's. */
  private <T> T locked(Supplier<T> change) {
    synchronized (stores) {
      synchronized (this) {
        return change.get();
      }
    }
  }

  private void requireUniqueName(String name, String exceptId) {
    for (Channel channel : channelsById.values()) {
      if (channel.name().equals(name) && !channel.id().equals(exceptId)) {
        throw LakeException.of(CHANNEL_ALREADY_EXISTS, "A channel named '%s' already exists (%s); choose another "
            + "name.", name, channel.arn());
      }
    }
  }

  private void requireUnusedSource(String source) {
    for (Channel channel : channelsById.values()) {
      if (channel.source().equals(source)) {
        throw LakeException.of(INVALID_SOURCE, "Channel '%s' (%s) already receives events from source '%s'; a source "
            + "can have one channel only. Add destinations to that channel instead.", channel.name(), channel.arn(),
            source);
      }
    }
  }

  private Channel commit(Channel channel) {
    Map<String, Channel> next = new LinkedHashMap<>(channelsById);
    next.put(channel.id(), channel);
    file.save(next.values());
    channelsById = next;
    return channel;
  }
}
