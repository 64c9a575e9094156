package dev.eventlake.store;

import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.catalog.StoreStatus;
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
import dev.eventlake.store.storage.StoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lake-store module's entry point: the catalog of event data stores and, per store, its files. Everything
 * a server or the command line does to stores goes through here.
 */
public final class Lake {
  private final LakeConfig config;
  private final StoreCatalog catalog;
  private final Map<String, StoreFiles> filesByStore = new ConcurrentHashMap<>();
  private final Set<String> storesImporting = ConcurrentHashMap.newKeySet();

  private Lake(LakeConfig config) {
    this.config = config;
    this.catalog = new StoreCatalog(config.catalog(), SelectorValidator::validate,
        SelectorValidator::defaultSelectors, this::checkNoImportRunning);
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
   * Live ingestion: each event goes to every ENABLED store whose selectors select it, durably (write-ahead log,
   * fsynced) before this returns. Returns how many events each store (by ID) accepted.
   */
  public Map<String, Integer> ingest(List<CloudTrailEvent> events) throws IOException {
    Map<String, Integer> accepted = new java.util.LinkedHashMap<>();
    for (EventDataStore store : catalog.list()) {
      if (store.status() != StoreStatus.ENABLED) {
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

  /** Commits every store's write-ahead log to Parquet, e.g. before shutting down. */
  public void flush() throws IOException {
    for (StoreFiles files : filesByStore.values()) {
      files.flush();
    }
  }

  private void checkNoImportRunning(EventDataStore store) {
    if (storesImporting.contains(store.id())) {
      throw LakeException.of(ErrorCode.EVENT_DATA_STORE_HAS_ONGOING_IMPORT,
          "event data store %s has an import running; it cannot be deleted until the import ends", store.name());
    }
  }
}
