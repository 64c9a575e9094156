package dev.eventlake.store;

import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.catalog.StoreStatus;
import dev.eventlake.store.channel.AuditEventInput;
import dev.eventlake.store.channel.AuditIngestion;
import dev.eventlake.store.channel.ChannelCatalog;
import dev.eventlake.store.channel.PutAuditEventsResult;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.ImportResult;
import dev.eventlake.store.ingest.LogImporter;
import dev.eventlake.store.selector.EventCategory;
import dev.eventlake.store.selector.SelectorMatcher;
import dev.eventlake.store.selector.SelectorValidator;
import dev.eventlake.store.storage.AtomicFiles;
import dev.eventlake.store.storage.StoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The lake-store module's entry point: the catalog of event data stores, the channels that feed ActivityAuditLog
 * stores and, per store, its files. Everything a server or the command line does to stores goes through here.
 */
public final class Lake {
  private final LakeConfig config;
  private final StoreCatalog catalog;
  private final ChannelCatalog channels;
  private final AuditIngestion auditIngestion;
  private final Map<String, StoreFiles> filesByStore = new ConcurrentHashMap<>();
  private final Set<String> storesImporting = ConcurrentHashMap.newKeySet();

  private Lake(LakeConfig config) {
    this.config = config;
    this.catalog = new StoreCatalog(config.catalog(), SelectorValidator::validate,
        SelectorValidator::defaultSelectors, this::verifyDeletable);
    this.channels = new ChannelCatalog(config.catalog(), catalog, ChannelCatalog.DEFAULT_MAXIMUM_CHANNELS);
    this.auditIngestion = new AuditIngestion(channels, catalog, this::files, config.accountId(), config.region(),
        config.clock());
  }

  /** Opens (or creates) the lake in {@code config.dataDirectory()}. */
  public static Lake open(LakeConfig config) {
    return new Lake(config);
  }

  public LakeConfig config() {
    return config;
  }

  public StoreCatalog catalog() {
    return catalog;
  }

  /** The channels (integrations) that deliver PutAuditEvents events to ActivityAuditLog stores. */
  public ChannelCatalog channels() {
    return channels;
  }

  /**
   * PutAuditEvents: validates the events, stores the valid ones durably in every ENABLED destination store of the
   * channel (ARN or ID) and says which were accepted (with their new eventIDs) and which failed, and why.
   *
   * @param region the Region of the call, or null for this lake's Region; it becomes the events' awsRegion
   * @throws LakeException InvalidChannelARN, ChannelInsufficientPermission, ChannelNotFound, DuplicatedAuditEventId,
   *     or InvalidParameterException for an empty list, more than 100 events or a malformed event id
   * @throws IOException when the events could not be made durable; then no store holds any of them
   */
  public PutAuditEventsResult putAuditEvents(String channelReference, List<AuditEventInput> events, String region)
      throws IOException {
    return auditIngestion.put(channelReference, events, region);
  }

  /** The files of a store, opened (and recovered after a crash) on first use. */
  public StoreFiles files(EventDataStore store) {
    return filesByStore.computeIfAbsent(store.id(), id -> {
      try {
        return StoreFiles.open(config.storeDirectory(id), config.storage(), config.clock());
      } catch (IOException failure) {
        throw new UncheckedIOException("cannot open the files of event data store " + id, failure);
      }
    });
  }

  /**
   * Imports CloudTrail log files into one store (ID, ARN or name), keeping only events its selectors select.
   * Imports are allowed while ingestion is stopped, not while the store is pending deletion.
   */
  public ImportResult importLogs(String storeReference, List<Path> paths, ImportRange range,
      ImportListener listener) throws IOException {
    EventDataStore store = importDestination(storeReference);
    if (!storesImporting.add(store.id())) {
      throw LakeException.of(ErrorCode.EVENT_DATA_STORE_HAS_ONGOING_IMPORT,
          "event data store %s already has an import running; wait for it to finish", store.name());
    }
    try {
      SelectorMatcher matcher = new SelectorMatcher(store.advancedEventSelectors());
      return new LogImporter(files(store), matcher::matches, config.storage().importBatchEvents(), config.clock())
          .importPaths(paths, range, listener);
    } finally {
      storesImporting.remove(store.id());
    }
  }

  /**
   * The store (ID, ARN or name) if CloudTrail logs may be imported into it: it exists, is not pending deletion and
   * holds CloudTrail events; otherwise the CloudTrail error saying why not.
   */
  public EventDataStore importDestination(String storeReference) {
    EventDataStore store = catalog.resolve(storeReference);
    if (store.isPendingDeletion()) {
      throw LakeException.of(ErrorCode.INACTIVE_EVENT_DATA_STORE,
          "event data store %s is pending deletion; restore it before importing into it", store.name());
    }
    if (!store.categories().stream().allMatch(EventCategory::isCloudTrailEvents)) {
      throw LakeException.of(ErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY,
          "event data store %s holds %s events; CloudTrail logs can only be imported into a store of "
              + "Management, Data or NetworkActivity events", store.name(), store.categories());
    }
    return store;
  }

  /**
   * Live ingestion: each event goes to every ENABLED store whose selectors select it, durably (write-ahead log,
   * fsynced) before this returns. ActivityAuditLog stores are fed by channels only ({@link #putAuditEvents}). Returns
   * how many events each store (by ID) accepted.
   */
  public Map<String, Integer> ingest(List<CloudTrailEvent> events) throws IOException {
    Map<String, Integer> accepted = new java.util.LinkedHashMap<>();
    for (EventDataStore store : catalog.list()) {
      if (store.status() != StoreStatus.ENABLED || store.categories().contains(EventCategory.ACTIVITY_AUDIT_LOG)) {
        continue;
      }
      SelectorMatcher matcher = new SelectorMatcher(store.advancedEventSelectors());
      List<CloudTrailEvent> selected = events.stream().filter(matcher::matches).toList();
      if (!selected.isEmpty()) {
        files(store).append(selected);
        accepted.put(store.id(), selected.size());
      }
    }
    return accepted;
  }

  /**
   * Deletes every file of a store whose restore window has ended: the first step of its purge. The catalog entry
   * goes last ({@link StoreCatalog#purge}), so a purge cut short in between is simply run again.
   *
   * @throws LakeException {@code InvalidEventDataStoreStatusException} when the store may not be purged yet
   */
  public void deleteFilesOfPurgedStore(String storeId) throws IOException {
    catalog.requirePurgeable(storeId);
    StoreFiles open = filesByStore.remove(storeId);
    Object lock = open == null ? new Object() : open;
    synchronized (lock) {
      Path directory = config.storeDirectory(storeId);
      if (Files.exists(directory)) {
        try (Stream<Path> paths = Files.walk(directory)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
        AtomicFiles.fsyncDirectory(directory.getParent());
      }
    }
  }

  /** Commits every store's write-ahead log to Parquet, e.g. before shutting down. */
  public void flush() throws IOException {
    for (StoreFiles files : filesByStore.values()) {
      files.flush();
    }
  }

  /** The store catalog's deletion guard: no import may be running, no channel may deliver to the store. */
  private void verifyDeletable(EventDataStore store) {
    checkNoImportRunning(store);
    channels.verifyDeletable(store);
  }

  private void checkNoImportRunning(EventDataStore store) {
    if (storesImporting.contains(store.id())) {
      throw LakeException.of(ErrorCode.EVENT_DATA_STORE_HAS_ONGOING_IMPORT,
          "event data store %s has an import running; it cannot be deleted until the import ends", store.name());
    }
  }
}
