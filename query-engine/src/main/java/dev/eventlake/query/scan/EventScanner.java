package dev.eventlake.query.scan;

import dev.eventlake.store.storage.EventSchema;
import dev.eventlake.store.storage.FileEntry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Scans one store view: files outside the time range are never opened, row groups are pruned by statistics,
 * dictionaries and bloom filters, only the needed (sub-)columns are decoded, straight into rows, in parallel on
 * the shared executor. Write-ahead-log events are scanned too. Every skip shows in {@link ScanStatistics}.
 */
public final class EventScanner {
  private static final int NARROW_BATCH_ROWS = 4096;
  private static final int WIDE_BATCH_ROWS = 512;
  private static final int WIDE_COLUMNS = 8;
  private static final int QUEUED_BATCHES_PER_WORKER = 2;

  private final ScanSource source;
  private final ExecutorService executor;
  private final FooterCache footers;
  private final int parallelism;

  /** A scanner using up to one worker per available processor, reading every footer afresh. */
  public EventScanner(ScanSource source, ExecutorService executor) {
    this(source, executor, FooterCache.none());
  }

  /** A scanner using up to one worker per available processor and the footers in {@code footers}. */
  public EventScanner(ScanSource source, ExecutorService executor, FooterCache footers) {
    this(source, executor, footers, Runtime.getRuntime().availableProcessors());
  }

  /** A scanner running at most {@code parallelism} worker tasks at once on {@code executor}. */
  public EventScanner(ScanSource source, ExecutorService executor, FooterCache footers, int parallelism) {
    this.source = Objects.requireNonNull(source, "source");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.footers = Objects.requireNonNull(footers, "footers");
    this.parallelism = Math.max(1, parallelism);
  }

  /** Starts the scan; the rows arrive in no particular order. Close the cursor to stop early. */
  public ScanCursor scan(ScanRequest request, ScanStatistics statistics, AtomicBoolean cancelFlag) {
    ScanPlan plan = ScanPlan.of(EventSchema.SCHEMA, request);
    ScanWorkers workers = plan(plan, statistics, false);
    int threads = Math.min(parallelism, workers.size());
    int batchRows = request.columns().size() > WIDE_COLUMNS ? WIDE_BATCH_ROWS : NARROW_BATCH_ROWS;
    if (request.limit() >= 0) {
      batchRows = (int) Math.max(1, Math.min(batchRows, request.limit()));
    }
    ScanRun run = new ScanRun(cancelFlag, threads * QUEUED_BATCHES_PER_WORKER, request.limit(), threads, 0);
    int rowsPerBatch = batchRows;
    workers.start(executor, threads, run, split -> scanner(plan, statistics, run, false, split),
        () -> new RowSink.Batches(run, rowsPerBatch));
    return new QueueCursor(run, statistics, cancelFlag, request.limit());
  }

  /**
   * The number of rows {@link #scan} would return, from the manifest and row-group statistics wherever they
   * settle it, decoding only the filter columns of the rest.
   */
  public long count(ScanRequest request, ScanStatistics statistics, AtomicBoolean cancelFlag) {
    ScanRequest counting = new ScanRequest(List.of(), request.eventTime(), request.valueFilters(), -1);
    ScanPlan plan = ScanPlan.of(EventSchema.SCHEMA, counting);
    long fromManifest = countFromManifest(plan, statistics);
    ScanWorkers workers = plan(plan, statistics, true);
    int threads = Math.min(parallelism, workers.size());
    ScanRun run = new ScanRun(cancelFlag, 1, -1, threads, fromManifest);
    workers.start(executor, threads, run, split -> scanner(plan, statistics, run, true, split),
        () -> new RowSink.Counter(run));
    long total = run.awaitCount();
    long result = request.limit() >= 0 ? Math.min(total, request.limit()) : total;
    statistics.addEventsMatched(result);
    return result;
  }

  private UnitScanner scanner(ScanPlan plan, ScanStatistics statistics, ScanRun run, boolean counting,
      ScanWorkers workers) {
    return new UnitScanner(source.storeDirectory(), footers, plan, statistics, run, counting, workers::addFirst);
  }

  /** Queues the units that need reading; files outside the range (or settled by the manifest) are skipped. */
  private ScanWorkers plan(ScanPlan plan, ScanStatistics statistics, boolean counting) {
    ScanWorkers workers = new ScanWorkers();
    if (plan.matchesNothing()) {
      statistics.addFiles(0, source.files().size());
      return workers;
    }
    long skipped = 0;
    for (FileEntry file : source.files()) {
      if (!overlaps(file, plan.request().eventTime()) || (counting && settledByManifest(plan, file))) {
        skipped++;
      } else {
        workers.add(new ScanUnit.WholeFile(file));
      }
    }
    statistics.addFiles(0, skipped);
    if (!source.unflushedEvents().isEmpty()) {
      workers.add(new ScanUnit.UnflushedEvents(source.unflushedEvents()));
    }
    return workers;
  }

  private long countFromManifest(ScanPlan plan, ScanStatistics statistics) {
    if (plan.matchesNothing()) {
      return 0;
    }
    long events = source.files().stream().filter(file -> settledByManifest(plan, file))
        .mapToLong(FileEntry::events).sum();
    statistics.addEventsCountedFromMetadata(events);
    return events;
  }

  private static boolean settledByManifest(ScanPlan plan, FileEntry file) {
    ScanRequest.TimeRange range = plan.request().eventTime();
    return !plan.hasValueFilters() && range.contains(file.minEventTime().toEpochMilli())
        && range.contains(file.maxEventTime().toEpochMilli());
  }

  private static boolean overlaps(FileEntry file, ScanRequest.TimeRange range) {
    return file.maxEventTime().toEpochMilli() >= range.fromMillis()
        && file.minEventTime().toEpochMilli() <= range.toMillis();
  }
}
