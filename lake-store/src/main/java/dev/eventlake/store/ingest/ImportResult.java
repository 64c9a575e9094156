package dev.eventlake.store.ingest;

import java.util.List;

/** What an import did: its statistics and every failure, in the order found. */
public record ImportResult(ImportStatistics statistics, List<ImportFailure> failures) {
  public ImportResult {
    failures = List.copyOf(failures);
  }
}
