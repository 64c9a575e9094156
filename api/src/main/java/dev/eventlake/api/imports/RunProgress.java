package dev.eventlake.api.imports;

import dev.eventlake.api.imports.LogSource.SourceFile;
import dev.eventlake.store.ingest.ImportFailure;
import dev.eventlake.store.ingest.ImportStatistics;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics and failures of one run of an import, written by the import thread and read by requests: totals of
 * the batches done plus the live figures of the batch running. Keeps at most {@code failuresKept} failures.
 */
final class RunProgress {
  private final Clock clock;
  private final int failuresKept;
  private final PrefixProgress prefixes = new PrefixProgress();
  private final List<ImportFailure> failures = new ArrayList<>();
  private long filesCompleted;
  private long eventsCompleted;
  private long failedEntries;
  private ImportStatistics batch;
  private Instant updated;

  RunProgress(ImportTotals start, int failuresKept, Clock clock) {
    this.clock = clock;
    this.failuresKept = failuresKept;
    this.eventsCompleted = start.eventsCompleted();
    this.updated = clock.instant();
  }

  synchronized void listed(SourceFile file) {
    prefixes.listed(file.prefix());
    updated = clock.instant();
  }

  synchronized void listingFinished() {
    prefixes.listingFinished();
  }

  /** Live figures of the batch being imported. */
  synchronized void batchProgress(ImportStatistics statistics) {
    batch = statistics;
    updated = clock.instant();
  }

  /** A batch ended: its figures join the totals and its files count as processed. */
  synchronized void batchDone(List<SourceFile> files, ImportStatistics result) {
    if (result != null) {
      filesCompleted += result.filesCompleted();
      eventsCompleted += result.eventsCompleted();
      failedEntries += result.failedEntries();
    }
    batch = null;
    files.forEach(file -> prefixes.processed(file.prefix()));
    updated = clock.instant();
  }

  /** A failure the store's importer already counted in its statistics. */
  synchronized void failureFound(ImportFailure failure) {
    if (failures.size() < failuresKept) {
      failures.add(failure);
    }
  }

  /** A failure outside the store's importer (a download, the listing, the import as a whole): counted here. */
  synchronized void failed(String location, String errorType, String message) {
    failedEntries++;
    failureFound(new ImportFailure(location, "FAILED", errorType, message, clock.instant()));
  }

  /** A note that the import can be resumed, not counted as a failed entry. */
  synchronized void retryNote(String location, String errorType, String message) {
    failureFound(new ImportFailure(location, "RETRY", errorType, message, clock.instant()));
  }

  synchronized ImportTotals totals() {
    long batchFiles = batch == null ? 0 : batch.filesCompleted();
    long batchEvents = batch == null ? 0 : batch.eventsCompleted();
    long batchFailures = batch == null ? 0 : batch.failedEntries();
    return new ImportTotals(prefixes.found(), prefixes.completed(), filesCompleted + batchFiles,
        eventsCompleted + batchEvents, failedEntries + batchFailures);
  }

  synchronized List<ImportFailure> failures() {
    return List.copyOf(failures);
  }

  synchronized Instant updated() {
    return updated;
  }
}
