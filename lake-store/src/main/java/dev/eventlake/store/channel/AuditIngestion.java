package dev.eventlake.store.channel;

import static java.util.Objects.requireNonNull;

import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.catalog.StoreStatus;
import dev.eventlake.store.channel.AuditEventValidator.ValidatedEvent;
import dev.eventlake.store.channel.PutAuditEventsResult.Accepted;
import dev.eventlake.store.channel.PutAuditEventsResult.Failed;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import dev.eventlake.store.event.RecordRejectedException;
import dev.eventlake.store.storage.StoreFiles;
import dev.eventlake.store.storage.StoreGroupAppend;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PutAuditEvents: validates each event of a request, wraps the valid ones into ActivityAuditLog records with new
 * eventIDs, and appends them to the write-ahead log of every ENABLED destination store of the channel as one unit
 * ({@link StoreGroupAppend}). Events are reported successful only once durable everywhere; on an I/O failure the
 * call throws and no store keeps any of them. Thread-safe.
 */
public final class AuditIngestion {
  private static final Logger LOG = LoggerFactory.getLogger(AuditIngestion.class);
  private static final String INTERNAL_FAILURE = "InternalFailure";

  private final ChannelCatalog channels;
  private final StoreCatalog stores;
  private final Function<EventDataStore, StoreFiles> files;
  private final String accountId;
  private final String defaultRegion;
  private final Clock clock;
  private final EventJson json = new EventJson();
  private final AuditEventValidator validator;
  private final AuditRecords records = new AuditRecords();

  /**
   * @param files the files of a store (production: {@code Lake::files})
   * @param accountId the account that owns every channel; events must name it as recipientAccountId
   * @param defaultRegion the awsRegion of events when the caller gives no Region
   */
  public AuditIngestion(ChannelCatalog channels, StoreCatalog stores, Function<EventDataStore, StoreFiles> files,
      String accountId, String defaultRegion, Clock clock) {
    this.channels = requireNonNull(channels, "channels is null");
    this.stores = requireNonNull(stores, "stores is null");
    this.files = requireNonNull(files, "files is null");
    this.accountId = requireNonNull(accountId, "accountId is null");
    this.defaultRegion = requireNonNull(defaultRegion, "defaultRegion is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.validator = new AuditEventValidator(accountId);
  }

  /**
   * Ingests {@code events} through the channel with this ARN or ID.
   *
   * @param region the Region of the call (its signature's), or null for the lake's Region
   * @throws LakeException InvalidChannelARN, ChannelInsufficientPermission or ChannelNotFound for the channel;
   *     InvalidParameterException or DuplicatedAuditEventId for the event list
   * @throws IOException when the events could not be made durable; none of them was stored
   */
  public PutAuditEventsResult put(String channelReference, List<AuditEventInput> events, String region)
      throws IOException {
    Channel channel = channels.resolveForIngestion(channelReference);
    AuditRequests.requireValid(events);
    Instant now = clock.instant();
    String lastId = events.get(events.size() - 1).id();
    Batch batch = prepare(channel, events, region == null ? defaultRegion : region, now);
    try {
      deliver(channel, batch.records());
    } catch (IOException | RuntimeException failure) {
      channels.recordIngestion(channel.id(), status -> status.afterAttempt(now, lastId, null, INTERNAL_FAILURE));
      throw failure;
    }
    String successEventId = batch.accepted().isEmpty() ? null
        : batch.accepted().get(batch.accepted().size() - 1).eventId();
    String errorCode = batch.failed().isEmpty() ? null
        : batch.failed().get(batch.failed().size() - 1).errorCode().wireName();
    channels.recordIngestion(channel.id(), status -> status.afterAttempt(now, lastId, successEventId, errorCode));
    return new PutAuditEventsResult(batch.accepted(), batch.failed());
  }

  /** The request's outcome before delivery: the records to store and the per-event results. */
  private record Batch(List<CloudTrailEvent> records, List<Accepted> accepted, List<Failed> failed) {}

  private Batch prepare(Channel channel, List<AuditEventInput> events, String region, Instant now) {
    EventMapper mapper = new EventMapper(json);
    Batch batch = new Batch(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (AuditEventInput input : events) {
      try {
        ValidatedEvent event = validator.validate(input);
        String eventId = UUID.randomUUID().toString();
        String record = records.record(event, eventId, region, accountId, now, channel.arn());
        batch.records().add(mapper.map(record));
        batch.accepted().add(new Accepted(input.id(), eventId));
      } catch (AuditEventRejectedException rejected) {
        batch.failed().add(new Failed(input.id(), rejected.code(), rejected.getMessage()));
      } catch (RecordRejectedException impossible) {
        throw new IllegalStateException("an ActivityAuditLog record built here does not map", impossible);
      }
    }
    return batch;
  }

  private void deliver(Channel channel, List<CloudTrailEvent> events) throws IOException {
    List<StoreFiles> targets = new ArrayList<>();
    for (Destination destination : channel.destinations()) {
      EventDataStore store = destinationStore(channel, destination);
      if (store != null && store.status() == StoreStatus.ENABLED) {
        targets.add(files.apply(store));
      }
    }
    StoreGroupAppend.append(targets, events);
    for (StoreFiles target : targets) {
      try {
        target.flushWhenFull();
      } catch (IOException failure) {
        LOG.warn("events of channel {} are durable in the write-ahead log of {} but could not be flushed to Parquet "
            + "yet; the next flush or restart commits them", channel.name(), target.directory(), failure);
      }
    }
  }

  /** The store a destination names, or null (logged) when it is gone, which the deletion guard should prevent. */
  private EventDataStore destinationStore(Channel channel, Destination destination) {
    if (destination.type() != DestinationType.EVENT_DATA_STORE) {
      return null;
    }
    try {
      return stores.resolve(destination.location());
    } catch (LakeException gone) {
      LOG.warn("channel {} names destination {}, which no longer exists: {}", channel.name(),
          destination.location(), gone.getMessage());
      return null;
    }
  }
}
