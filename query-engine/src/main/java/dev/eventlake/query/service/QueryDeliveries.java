package dev.eventlake.query.service;

import dev.eventlake.query.engine.ResultColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the results of FINISHED queries one at a time on a thread of its own, so query workers never wait for a
 * bucket. A delivery cut short by a stop of the process stays PENDING and is done again at the next start.
 */
final class QueryDeliveries implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(QueryDeliveries.class);

  private final ResultDelivery delivery;
  private final QueryFiles files;
  private final BufferAllocator allocator;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "eventlake-query-delivery");
    thread.setDaemon(true);
    return thread;
  });

  QueryDeliveries(ResultDelivery delivery, QueryFiles files, BufferAllocator allocator) {
    this.delivery = delivery;
    this.files = files;
    this.allocator = allocator;
  }

  /** Checks a destination before a query that asks for it is accepted. */
  void check(String destination) {
    delivery.check(destination);
  }

  /** Queues the delivery of {@code state}'s results if it FINISHED and asked for one. */
  void submit(QueryState state) {
    if (state.awaitsDelivery()) {
      try {
        executor.execute(() -> deliver(state));
      } catch (RejectedExecutionException closing) {
        LOG.info("Query {}: the service is stopping; its results are delivered at the next start", state.queryId());
      }
    }
  }

  private void deliver(QueryState state) {
    QueryRecord record = state.toRecord();
    DeliveryOutcome outcome;
    try {
      Path staging = freshStaging(record.queryId());
      ResultRows rows = new ResultRows(files.resultFile(record.queryId()), record.columns(), record.rowsPerBatch(),
          record.resultRowCount(), allocator);
      DeliveryJob job = new DeliveryJob(record.queryId(), record.delivery().destination(),
          Instant.ofEpochMilli(record.endTimeMillis()), record.columns().stream().map(ResultColumn::label).toList(),
          rows, staging);
      outcome = delivery.deliver(job);
      files.deleteTree(staging);
    } catch (IOException | RuntimeException failure) {
      LOG.warn("Delivering the results of query {} failed", record.queryId(), failure);
      outcome = DeliveryOutcome.failure(DeliveryStatus.FAILED, "Delivering the results failed: " + failure, null);
    }
    if (outcome.status() != DeliveryStatus.SUCCESS && Thread.currentThread().isInterrupted()) {
      LOG.info("Query {}: delivery stopped by shutdown; it is done again at the next start", record.queryId());
      return;
    }
    if (outcome.status() != DeliveryStatus.SUCCESS) {
      LOG.warn("Query {}: delivery to {} ended {}: {}", record.queryId(), record.delivery().destination(),
          outcome.status(), outcome.message());
    }
    state.delivered(outcome);
    state.persist(files);
  }

  private Path freshStaging(String queryId) throws IOException {
    Path staging = files.stagingDirectory(queryId);
    files.deleteTree(staging);
    return Files.createDirectories(staging);
  }

  /** Stops taking deliveries; one under way finishes, queued ones stay PENDING for the next start. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("A result delivery did not stop within 30 s");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
