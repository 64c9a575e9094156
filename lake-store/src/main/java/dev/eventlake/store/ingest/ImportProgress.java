package dev.eventlake.store.ingest;

import dev.eventlake.store.event.RecordFailure;
import dev.eventlake.store.ingest.LogFileScanner.LogFile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts an import's progress the way CloudTrail reports it; a prefix completes when its last file does. */
final class ImportProgress {
  private final Clock clock;
  private final Map<java.nio.file.Path, Integer> filesLeftPerPrefix = new HashMap<>();
  private final List<ImportFailure> failures = new ArrayList<>();
  private final long filesFound;
  private long prefixesCompleted;
  private long filesCompleted;
  private long filesAlreadyImported;
  private long eventsCompleted;
  private long eventsNotSelected;
  private long failedEntries;

  ImportProgress(List<LogFile> files, Clock clock) {
    this.clock = clock;
    this.filesFound = files.size();
    files.forEach(file -> filesLeftPerPrefix.merge(file.prefix(), 1, Integer::sum));
  }

  void alreadyImported(LogFile file) {
    filesAlreadyImported++;
    fileDone(file);
  }

  void committed(List<LogFile> files, long events) {
    eventsCompleted += events;
    files.forEach(this::fileDone);
  }

  void fileFailed(LogFile file, Exception cause) {
    failedEntries++;
    failures.add(new ImportFailure(file.path().toString(), "FAILED", cause.getClass().getSimpleName(),
        String.valueOf(cause.getMessage()), clock.instant()));
    filesLeftPerPrefix.put(file.prefix(), Integer.MIN_VALUE / 2);
  }

  void recordFailed(RecordFailure failure) {
    failedEntries++;
    failures.add(new ImportFailure(failure.location() + "#record-" + failure.recordNumber(), "FAILED",
        "InvalidRecord", failure.describe(), clock.instant()));
  }

  void notSelected() {
    eventsNotSelected++;
  }

  private void fileDone(LogFile file) {
    filesCompleted++;
    if (filesLeftPerPrefix.merge(file.prefix(), -1, Integer::sum) == 0) {
      prefixesCompleted++;
    }
  }

  ImportStatistics statistics() {
    return new ImportStatistics(filesLeftPerPrefix.size(), prefixesCompleted, filesFound, filesCompleted,
        filesAlreadyImported, eventsCompleted, eventsNotSelected, failedEntries);
  }

  List<ImportFailure> failures() {
    return List.copyOf(failures);
  }

  /** The failures found after the first {@code start}. */
  List<ImportFailure> failuresFrom(int start) {
    return List.copyOf(failures.subList(start, failures.size()));
  }
}
