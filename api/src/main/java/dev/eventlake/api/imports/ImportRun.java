package dev.eventlake.api.imports;

import dev.eventlake.api.imports.LogSource.SourceFile;
import dev.eventlake.store.Lake;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.ingest.ImportRange;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of an import on the import thread: lists the source lazily, imports it in batches (so a bucket is never
 * held in memory or on disk at once), and ends COMPLETED, FAILED (some entry failed, or the run itself) or STOPPED.
 * Each batch is saved, so GetImport survives a restart with the figures of the last batch.
 */
final class ImportRun implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);
  private final ImportRecord started;
  private final LogSource source;
  private final Lake lake;
  private final ImportFiles files;
  private final ImportSettings settings;
  private final Consumer<ImportRecord> save;
  private final RunProgress progress;
  private volatile ImportStatus status = ImportStatus.INITIALIZING;
  private volatile boolean stopRequested;
  private volatile String stopReason;

  ImportRun(ImportRecord started, LogSource source, Lake lake, ImportFiles files, ImportSettings settings, Clock clock,
      Consumer<ImportRecord> save) {
    this.started = started;
    this.source = source;
    this.lake = lake;
    this.files = files;
    this.settings = settings;
    this.save = save;
    this.progress = new RunProgress(started.statistics(), settings.failuresKept(), clock);
  }

  String importId() {
    return started.id();
  }

  /** Asks the run to stop before its next file; {@code reason} (or null, for StopImport) is noted for a retry. */
  void requestStop(String reason) {
    stopReason = reason;
    stopRequested = true;
  }

  /** The import as it stands, with live statistics. */
  ImportRecord current() {
    return started.withStatus(status, progress.updated())
        .withProgress(progress.totals(), progress.failures(), progress.updated());
  }

  @Override
  public void run() {
    try (source) {
      status = ImportStatus.IN_PROGRESS;
      save.accept(current());
      importAll();
      finish(null);
    } catch (IOException | RuntimeException failure) {
      finish(failure);
    } finally {
      deleteStaging();
    }
  }

  private void importAll() throws IOException {
    ImportRange range = new ImportRange(started.startEventTime(), started.endEventTime());
    ImportBatch batch = new ImportBatch(lake, started.destination(), range, source, progress, () -> stopRequested);
    try (Stream<SourceFile> listed = source.files(range)) {
      Iterator<SourceFile> iterator = listed.iterator();
      List<SourceFile> pending = new ArrayList<>();
      long pendingBytes = 0;
      while (!stopRequested && iterator.hasNext()) {
        SourceFile file = iterator.next();
        progress.listed(file);
        pending.add(file);
        pendingBytes += file.size();
        if (pending.size() >= settings.filesPerBatch() || pendingBytes >= settings.bytesPerBatch()) {
          runBatch(batch, pending);
          pendingBytes = 0;
        }
      }
      if (!stopRequested) {
        progress.listingFinished();
        runBatch(batch, pending);
      }
    }
  }

  private void runBatch(ImportBatch batch, List<SourceFile> pending) throws IOException {
    if (!pending.isEmpty()) {
      batch.run(List.copyOf(pending), files.createStaging(started.id()));
      pending.clear();
      save.accept(current());
    }
  }

  private void finish(Exception failure) {
    if (failure != null) {
      LOG.warn("import {} failed: {}", started.id(), failure.toString());
      progress.failed(started.source().uri(), errorType(failure), String.valueOf(failure.getMessage()));
    }
    if (stopRequested && stopReason != null) {
      progress.retryNote(started.source().uri(), "ImportInterrupted", stopReason);
    }
    ImportTotals totals = progress.totals();
    status = stopRequested && failure == null ? ImportStatus.STOPPED
        : totals.failedEntries() > 0 ? ImportStatus.FAILED : ImportStatus.COMPLETED;
    save.accept(current());
    LOG.info("import {} {}: {} files, {} events, {} failed entries", started.id(), status, totals.filesCompleted(),
        totals.eventsCompleted(), totals.failedEntries());
  }

  /** The ErrorType of a failure: the CloudTrail error name of a lake error, else the exception's class name. */
  static String errorType(Exception failure) {
    return failure instanceof LakeException lake ? lake.code().wireName() : failure.getClass().getSimpleName();
  }

  private void deleteStaging() {
    try {
      files.deleteStaging(started.id());
    } catch (IOException failure) {
      LOG.warn("cannot delete the staging folder of import {}: {}", started.id(), failure.toString());
    }
  }
}
