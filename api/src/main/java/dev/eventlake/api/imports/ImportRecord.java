package dev.eventlake.api.imports;

import static java.util.Objects.requireNonNull;

import dev.eventlake.store.ingest.ImportFailure;
import java.time.Instant;
import java.util.List;

/**
 * One import as the server remembers it (and keeps in {@code imports/<id>.json}): what it reads, into which store,
 * the optional event-time window, where it stands, its statistics and the failures it found (at most the configured
 * number; {@code statistics.failedEntries} counts them all).
 */
public record ImportRecord(String id, String destination, ImportSourceLocation source, Instant startEventTime,
    Instant endEventTime, ImportStatus status, Instant createdTimestamp, Instant updatedTimestamp,
    ImportTotals statistics, List<ImportFailure> failures) {

  public ImportRecord {
    requireNonNull(id, "id is null");
    requireNonNull(destination, "destination is null");
    requireNonNull(source, "source is null");
    requireNonNull(status, "status is null");
    requireNonNull(createdTimestamp, "createdTimestamp is null");
    requireNonNull(updatedTimestamp, "updatedTimestamp is null");
    statistics = statistics == null ? ImportTotals.NONE : statistics;
    failures = failures == null ? List.of() : List.copyOf(failures);
  }

  public ImportRecord withStatus(ImportStatus newStatus, Instant now) {
    return new ImportRecord(id, destination, source, startEventTime, endEventTime, newStatus, createdTimestamp, now,
        statistics, failures);
  }

  /** This running import marked STOPPED because the server stopped under it, with a RETRY note saying so. */
  public ImportRecord interrupted(String note, Instant now) {
    List<ImportFailure> noted = new java.util.ArrayList<>(failures);
    noted.add(new ImportFailure(source.uri(), "RETRY", "ImportInterrupted", note, now));
    return withStatus(ImportStatus.STOPPED, now).withProgress(statistics, noted, now);
  }

  public ImportRecord withProgress(ImportTotals newStatistics, List<ImportFailure> newFailures, Instant now) {
    return new ImportRecord(id, destination, source, startEventTime, endEventTime, status, createdTimestamp, now,
        newStatistics, newFailures);
  }
}
