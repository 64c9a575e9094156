package dev.eventlake.store.ingest;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.CloudTrailLogReader;
import dev.eventlake.store.event.RecordFailure;
import dev.eventlake.store.event.RecordSink;
import dev.eventlake.store.ingest.LogFileScanner.LogFile;
import dev.eventlake.store.storage.Hashing;
import dev.eventlake.store.storage.StoreFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Imports CloudTrail log files into one store, in delivery order. Files are committed in batches, each written
 * while the next is read ({@link BatchCommitter}); each commit records the SHA-256 of the files it covers, so
 * importing a file again adds nothing and an import cut short by a crash resumes where its last commit ended when
 * run again. Events outside the range or not selected by the store are left out.
 */
public final class LogImporter {
  private final StoreFiles store;
  private final Predicate<CloudTrailEvent> selected;
  private final int batchEvents;
  private final Clock clock;

  public LogImporter(StoreFiles store, Predicate<CloudTrailEvent> selected, int batchEvents, Clock clock) {
    this.store = store;
    this.selected = selected;
    this.batchEvents = batchEvents;
    this.clock = clock;
  }

  /**
   * Imports every log under {@code roots} whose events may fall in {@code range}. When the listener asks to stop, no
   * further file is opened and what was read so far is committed.
   */
  public ImportResult importPaths(List<Path> roots, ImportRange range, ImportListener listener) throws IOException {
    List<LogFile> files = new LogFileScanner().scan(roots, range);
    ImportProgress progress = new ImportProgress(files, clock);
    CloudTrailLogReader reader = new CloudTrailLogReader();
    int reported = 0;
    try (BatchCommitter committer = new BatchCommitter(store)) {
      ImportBatch batch = new ImportBatch();
      for (LogFile file : files) {
        if (listener.stopRequested()) {
          break;
        }
        importFile(file, range, reader, batch, committer, progress);
        if (batch.events.size() >= batchEvents) {
          committer.submit(batch, progress);
          batch = new ImportBatch();
        }
        reported = reportFailures(progress, reported, listener);
        listener.onProgress(progress.statistics());
      }
      committer.submit(batch, progress);
      committer.finishPending(progress);
    }
    reportFailures(progress, reported, listener);
    listener.onProgress(progress.statistics());
    return new ImportResult(progress.statistics(), progress.failures());
  }

  private static int reportFailures(ImportProgress progress, int alreadyReported, ImportListener listener) {
    List<ImportFailure> found = progress.failuresFrom(alreadyReported);
    found.forEach(listener::onFailure);
    return alreadyReported + found.size();
  }

  private void importFile(LogFile file, ImportRange range, CloudTrailLogReader reader, ImportBatch batch,
      BatchCommitter committer, ImportProgress progress) {
    String location = file.path().toString();
    try {
      String source = "file-sha256:" + Hashing.sha256(file.path());
      if (store.isCommitted(source) || batch.sources.contains(source) || committer.isPending(source)) {
        progress.alreadyImported(file);
        return;
      }
      List<CloudTrailEvent> fileEvents = new ArrayList<>();
      try (InputStream input = Files.newInputStream(file.path())) {
        reader.read(location, input, new FileSink(fileEvents, range, progress));
      }
      batch.events.addAll(fileEvents);
      batch.sources.add(source);
      batch.files.add(file);
    } catch (IOException | RuntimeException unreadable) {
      progress.fileFailed(file, unreadable);
    }
  }

  /** Collects the selected events of one file and reports its unreadable records. */
  private final class FileSink implements RecordSink {
    private final List<CloudTrailEvent> events;
    private final ImportRange range;
    private final ImportProgress progress;

    FileSink(List<CloudTrailEvent> events, ImportRange range, ImportProgress progress) {
      this.events = events;
      this.range = range;
      this.progress = progress;
    }

    @Override
    public void accept(CloudTrailEvent event) {
      if (range.contains(event.eventTime()) && selected.test(event)) {
        events.add(event);
      } else {
        progress.notSelected();
      }
    }

    @Override
    public void reject(RecordFailure failure) {
      progress.recordFailed(failure);
    }
  }
}
