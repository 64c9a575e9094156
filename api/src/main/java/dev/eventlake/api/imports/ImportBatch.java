package dev.eventlake.api.imports;

import dev.eventlake.api.imports.LogSource.SourceFile;
import dev.eventlake.store.Lake;
import dev.eventlake.store.ingest.ImportFailure;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.ImportResult;
import dev.eventlake.store.ingest.ImportStatistics;
import dev.eventlake.store.ingest.LogFileNames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Imports one batch of a source's files: makes each readable (remote objects are downloaded to the staging folder),
 * imports them into the store in one commit, and reports failures under the files' source locations.
 */
final class ImportBatch {
  private static final String RECORD_MARK = "#record-";
  private final Lake lake;
  private final String destination;
  private final ImportRange range;
  private final LogSource source;
  private final RunProgress progress;
  private final BooleanSupplier stopRequested;

  ImportBatch(Lake lake, String destination, ImportRange range, LogSource source, RunProgress progress,
      BooleanSupplier stopRequested) {
    this.lake = lake;
    this.destination = destination;
    this.range = range;
    this.source = source;
    this.progress = progress;
    this.stopRequested = stopRequested;
  }

  /** Imports {@code files}, staging copies in {@code staging}, an empty folder owned by this batch. */
  void run(List<SourceFile> files, Path staging) throws IOException {
    Map<String, SourceFile> byLocalPath = new LinkedHashMap<>();
    for (SourceFile file : files) {
      if (stopRequested.getAsBoolean()) {
        break;
      }
      try {
        Path local = source.readable(file, staging.resolve(stagedName(byLocalPath.size() + 1, file)));
        byLocalPath.put(local.toString(), file);
      } catch (IOException | RuntimeException unreadable) {
        progress.failed(file.location(), ImportRun.errorType(unreadable), String.valueOf(unreadable.getMessage()));
      }
    }
    ImportStatistics result = null;
    if (!byLocalPath.isEmpty()) {
      List<Path> paths = byLocalPath.keySet().stream().map(Path::of).toList();
      ImportResult imported = lake.importLogs(destination, paths, range, listener(byLocalPath));
      result = imported.statistics();
    }
    progress.batchDone(files, result);
  }

  private ImportListener listener(Map<String, SourceFile> byLocalPath) {
    return new ImportListener() {
      @Override
      public void onProgress(ImportStatistics statistics) {
        progress.batchProgress(statistics);
      }

      @Override
      public void onFailure(ImportFailure failure) {
        progress.failureFound(relocated(failure, byLocalPath));
      }

      @Override
      public boolean stopRequested() {
        return stopRequested.getAsBoolean();
      }
    };
  }

  /** The failure with the staged or local path replaced by the file's location in the source. */
  static ImportFailure relocated(ImportFailure failure, Map<String, SourceFile> byLocalPath) {
    String location = failure.location();
    int mark = location.lastIndexOf(RECORD_MARK);
    String local = mark < 0 ? location : location.substring(0, mark);
    SourceFile file = byLocalPath.get(local);
    if (file == null) {
      return failure;
    }
    String suffix = mark < 0 ? "" : location.substring(mark);
    String message = failure.errorMessage() == null ? null : failure.errorMessage().replace(local, file.location());
    return new ImportFailure(file.location() + suffix, failure.status(), failure.errorType(), message,
        failure.lastUpdatedTime());
  }

  /**
   * A safe local name for a staged object: a sequence number, the object's delivery day as a file-name stamp when
   * only its folders carried it (the staging folder is flat), and its name reduced to harmless characters.
   */
  static String stagedName(int sequence, SourceFile file) {
    String name = file.name().substring(file.name().lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    String stamp = LogFileNames.deliveryDay(name).isPresent() ? ""
        : LogFileNames.deliveryDay(file.name()).map(day -> "_" + day.format(DateTimeFormatter.BASIC_ISO_DATE)
            + "T0000Z").orElse("");
    return String.format("%06d%s_%s", sequence, stamp, name.startsWith(".") ? "_" + name : name);
  }
}
