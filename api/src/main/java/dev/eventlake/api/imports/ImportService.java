package dev.eventlake.api.imports;

import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.ingest.ImportFailure;
import dev.eventlake.store.ingest.ImportRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports of CloudTrail logs into stores, run one at a time in the background (one running import per account, as
 * in CloudTrail). Records live in {@code <data-dir>/imports}; an import cut off by a stop of the server is STOPPED
 * on the next start and can be retried by its ID, skipping the files it already committed.
 */
public final class ImportService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
  private static final Pattern IMPORT_ID = Pattern.compile("^[a-f0-9\\-]{36}$");
  private static final String INTERRUPTED = "the server stopped while this import ran; what it committed stays, and "
      + "StartImport with only this ImportId resumes it";
  private final Lake lake;
  private final ImportFiles files;
  private final ImportSources sources;
  private final ImportSettings settings;
  private final Clock clock;
  private final Map<String, ImportRecord> records = new ConcurrentHashMap<>();
  private final ExecutorService executor;
  private final ImportSlot slot = new ImportSlot();
  private volatile boolean shuttingDown;

  private ImportService(Lake lake, Path directory, List<Path> roots, ImportSettings settings, Clock clock) {
    this.lake = lake;
    this.files = new ImportFiles(directory);
    this.sources = new ImportSources(roots, settings.s3());
    this.settings = settings;
    this.clock = clock;
    this.executor = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "eventlake-import");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Opens the imports kept in {@code directory}; those a stop of the server cut off become STOPPED. */
  public static ImportService open(Lake lake, Path directory, List<Path> roots, ImportSettings settings,
      Clock clock) {
    ImportService service = new ImportService(lake, directory, roots, settings, clock);
    try {
      service.files.cleanUp();
      for (ImportRecord record : service.files.loadAll()) {
        service.records.put(record.id(), service.recovered(record));
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read the imports in " + directory, failure);
    }
    return service;
  }

  /** Starts a new import in the background and returns it, INITIALIZING. */
  public ImportRecord start(NewImport request) {
    requireRunning();
    EventDataStore store = lake.importDestination(request.destination());
    new ImportRange(request.startEventTime(), request.endEventTime());
    slot.checkFree();
    LogSource source = sources.open(request.source());
    ImportRecord record = new ImportRecord(UUID.randomUUID().toString(), store.arn(), request.source(),
        request.startEventTime(), request.endEventTime(), ImportStatus.INITIALIZING, clock.instant(),
        clock.instant(), ImportTotals.NONE, List.of());
    return launch(record, source);
  }

  /** Runs a FAILED or STOPPED import again; files it committed before are skipped. */
  public ImportRecord retry(String importId) {
    requireRunning();
    ImportRecord previous = get(importId);
    if (previous.status().isRunning()) {
      throw LakeException.of(ErrorCode.ACCOUNT_HAS_ONGOING_IMPORT, "import %s is still running", importId);
    }
    if (!previous.status().isRetryable()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "import %s is %s; only FAILED or STOPPED imports can be "
          + "retried", importId, previous.status());
    }
    slot.checkFree();
    lake.importDestination(previous.destination());
    LogSource source = sources.open(previous.source());
    ImportRecord record = previous.withStatus(ImportStatus.INITIALIZING, clock.instant())
        .withProgress(previous.statistics().forRetry(), List.of(), clock.instant());
    return launch(record, source);
  }

  /** The import with this ID, with live statistics while it runs. */
  public ImportRecord get(String importId) {
    checkId(importId);
    ImportRun run = slot.holder(importId);
    if (run != null) {
      return run.current();
    }
    ImportRecord record = records.get(importId);
    if (record == null) {
      throw LakeException.of(ErrorCode.IMPORT_NOT_FOUND, "there is no import %s (see ListImports)", importId);
    }
    return record;
  }

  /** Imports in creation order, optionally only those into one store (ARN or ID) or with one status. */
  public List<ImportRecord> list(String destination, ImportStatus status) {
    return records.keySet().stream().map(this::get)
        .filter(record -> destination == null || record.destination().equals(destination)
            || record.destination().endsWith("/" + destination))
        .filter(record -> status == null || record.status() == status)
        .sorted(Comparator.comparing(ImportRecord::createdTimestamp).thenComparing(ImportRecord::id))
        .toList();
  }

  /** The failures an import found (at most the configured number kept). */
  public List<ImportFailure> failures(String importId) {
    return get(importId).failures();
  }

  /** Stops a running import between files and waits a little for it to commit; others are returned as they are. */
  public ImportRecord stop(String importId) {
    ImportRecord record = get(importId);
    ImportRun run = slot.holder(importId);
    if (run == null) {
      return record;
    }
    run.requestStop(null);
    slot.awaitRelease(importId, settings.stopWait());
    return get(importId);
  }

  /**
   * First step of a shutdown: refuses new imports and asks a running one to stop after its current file, without
   * waiting; {@link #close()} then waits for it.
   */
  public void beginShutdown() {
    shuttingDown = true;
    ImportRun run = slot.holder();
    if (run != null) {
      run.requestStop(INTERRUPTED);
    }
  }

  private void requireRunning() {
    if (shuttingDown) {
      throw LakeException.of(ErrorCode.SERVICE_UNAVAILABLE, "the server is shutting down; start the import again "
          + "once it is back");
    }
  }

  @Override
  public void close() {
    shuttingDown = true;
    ImportRun run = slot.holder();
    if (run != null) {
      run.requestStop(INTERRUPTED);
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(settings.stopWait().toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("an import did not stop in time; it will show as STOPPED after the next start");
        executor.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs the import unless another took the slot meanwhile (sources are opened without holding it). */
  private ImportRecord launch(ImportRecord record, LogSource source) {
    ImportRun run = new ImportRun(record, source, lake, files, settings, clock, this::saveProgress);
    try {
      slot.take(run);
    } catch (RuntimeException taken) {
      source.close();
      throw taken;
    }
    try {
      files.save(record);
      records.put(record.id(), record);
      executor.execute(() -> {
        try {
          run.run();
        } finally {
          slot.release(record.id());
        }
      });
      return record;
    } catch (RuntimeException failure) {
      source.close();
      slot.release(record.id());
      throw failure;
    }
  }

  /** Keeps a running import's record, frees the slot when it is final, and writes it (a failed write is logged). */
  private void saveProgress(ImportRecord record) {
    records.put(record.id(), record);
    if (!record.status().isRunning()) {
      slot.release(record.id());
    }
    try {
      files.save(record);
    } catch (RuntimeException failure) {
      LOG.warn("cannot save import {}; GetImport shows it until the server stops: {}", record.id(),
          failure.toString());
    }
  }

  private ImportRecord recovered(ImportRecord record) {
    if (!record.status().isRunning()) {
      return record;
    }
    LOG.info("import {} was cut off by a stop of the server; it is now STOPPED and can be retried", record.id());
    ImportRecord stopped = record.interrupted(INTERRUPTED, clock.instant());
    files.save(stopped);
    return stopped;
  }

  private static void checkId(String importId) {
    if (importId == null || !IMPORT_ID.matcher(importId).matches()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "ImportId must be the 36-character ID StartImport "
          + "returned; got '%s'", importId);
    }
  }
}
