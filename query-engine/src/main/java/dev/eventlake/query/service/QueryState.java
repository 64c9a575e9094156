package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INACTIVE_QUERY;

import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.query.sql.BoundParameter;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.store.error.LakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live, thread-safe state of one query. Every transition happens under this object's monitor, and so does
 * {@link #persist}, so the record on disk always follows the order of transitions.
 */
final class QueryState {
  private final String queryId;
  private final String queryString;
  private final List<BoundParameter> parameters;
  private final String queryAlias;
  private final Instant creationTime;
  private final ScanStatistics scanStatistics = new ScanStatistics();
  private final AtomicBoolean slotReleased = new AtomicBoolean();
  private QueryStatus status;
  private String errorMessage;
  private List<String> storeIds;
  private Instant startTime;
  private Instant endTime;
  private QueryRecord frozen;
  private List<ResultColumn> columns = List.of();
  private long resultRowCount;
  private final int rowsPerBatch;
  private StatementExecution execution;
  private StopReason stopReason = StopReason.NONE;
  private QueryDelivery delivery;

  private QueryState(QueryRecord record) {
    this.queryId = record.queryId();
    this.queryString = record.queryString();
    this.parameters = record.parameters();
    this.queryAlias = record.queryAlias();
    this.delivery = record.delivery();
    this.creationTime = Instant.ofEpochMilli(record.creationTimeMillis());  // millisecond precision, like on disk
    this.status = record.status();
    this.errorMessage = record.errorMessage();
    this.storeIds = record.storeIds();
    this.startTime = record.startTimeMillis() == null ? null : Instant.ofEpochMilli(record.startTimeMillis());
    this.endTime = record.endTimeMillis() == null ? null : Instant.ofEpochMilli(record.endTimeMillis());
    this.columns = record.columns();
    this.resultRowCount = record.resultRowCount();
    this.rowsPerBatch = record.rowsPerBatch();
    this.frozen = record.status().isTerminal() ? record : null;
  }

  /** A new QUEUED query; a delivery it asks for is PENDING. */
  static QueryState queued(String queryId, QueryRequest request, Collection<String> storeIds, Instant now,
      int rowsPerBatch) {
    QueryDelivery delivery = request.deliveryUri() == null ? null : QueryDelivery.pending(request.deliveryUri());
    return new QueryState(new QueryRecord(QueryRecord.CURRENT_FORMAT_VERSION, queryId, request.statement().sql(),
        QueryStatus.QUEUED, null, sortedIds(storeIds), now.toEpochMilli(), null, null, 0, 0, 0, List.of(), 0,
        rowsPerBatch, request.statement().parameters(), request.queryAlias(), delivery));
  }

  /** A query read back from disk; one that was QUEUED or RUNNING when the process stopped becomes FAILED. */
  static QueryState restored(QueryRecord record, Instant now, String interruptedMessage) {
    QueryState state = new QueryState(record);
    if (!record.status().isTerminal()) {
      state.frozen = record;
      state.status = QueryStatus.FAILED;
      state.errorMessage = interruptedMessage;
      state.endTime = now;
      state.resultRowCount = 0;
      state.settleDelivery();
    }
    return state;
  }

  String queryId() {
    return queryId;
  }

  String queryString() {
    return queryString;
  }

  /** The statement with its parameter values, as it runs. */
  BoundStatement statement() {
    return new BoundStatement(queryString, parameters);
  }

  String queryAlias() {
    return queryAlias;
  }

  /** Whether the query FINISHED and its results still wait to be delivered. */
  synchronized boolean awaitsDelivery() {
    return status == QueryStatus.FINISHED && delivery != null && delivery.status() == DeliveryStatus.PENDING;
  }

  synchronized QueryDelivery delivery() {
    return delivery;
  }

  /** Records how the delivery ended. */
  synchronized void delivered(DeliveryOutcome outcome) {
    delivery = delivery.ended(outcome);
  }

  ScanStatistics scanStatistics() {
    return scanStatistics;
  }

  int rowsPerBatch() {
    return rowsPerBatch;
  }

  synchronized QueryStatus status() {
    return status;
  }

  synchronized StopReason stopReason() {
    return stopReason;
  }

  /** Whether the query ended longer than {@code retention} ago. */
  synchronized boolean isExpired(Instant now, Duration retention) {
    return status.isTerminal() && !endTime.plus(retention).isAfter(now);
  }

  /** QUEUED → RUNNING; false when the query was cancelled or stopped while it waited. */
  synchronized boolean markRunning(Instant now) {
    if (status != QueryStatus.QUEUED) {
      return false;
    }
    status = QueryStatus.RUNNING;
    startTime = now;
    return true;
  }

  /** Records the opened statement; cancels it at once when a stop was requested while it was being planned. */
  synchronized void attach(StatementExecution opened) {
    execution = opened;
    columns = List.copyOf(opened.columns());
    storeIds = sortedIds(opened.storeIds());
    if (stopReason != StopReason.NONE) {
      opened.cancel();
    }
  }

  /** Asks a RUNNING query to stop; the first reason wins. Returns whether this call set the reason. */
  synchronized boolean requestStop(StopReason reason) {
    if (status != QueryStatus.RUNNING || stopReason != StopReason.NONE) {
      return false;
    }
    stopReason = reason;
    if (execution != null) {
      execution.cancel();
    }
    return true;
  }

  /**
   * CancelQuery: QUEUED and RUNNING queries become CANCELLED at once (a running scan stops promptly after).
   *
   * @return the status before the call
   * @throws LakeException with {@code InactiveQueryException} when the query has already ended
   */
  synchronized QueryStatus cancel(Instant now) {
    QueryStatus previous = status;
    if (status.isTerminal()) {
      throw LakeException.of(INACTIVE_QUERY, "Query %s is %s and can no longer be cancelled; only QUEUED and "
          + "RUNNING queries can.", queryId, status);
    }
    requestStop(StopReason.CANCEL);
    status = QueryStatus.CANCELLED;
    endTime = now;
    settleDelivery();
    if (execution == null) {
      freeze();
    }
    return previous;
  }

  /** A QUEUED query that will never run ends FAILED with {@code message}; false when it was not QUEUED. */
  synchronized boolean failQueued(String message, Instant now) {
    if (status != QueryStatus.QUEUED) {
      return false;
    }
    end(QueryStatus.FAILED, message, 0, now);
    return true;
  }

  /** The run ended: records the outcome (a CANCELLED status set meanwhile stays) and freezes the statistics. */
  synchronized void end(QueryStatus outcome, String message, long rows, Instant now) {
    if (!status.isTerminal()) {
      status = outcome;
      errorMessage = message;
      endTime = now;
      settleDelivery();
    }
    resultRowCount = status.hasResults() ? rows : 0;
    execution = null;
    freeze();
  }

  /** Releases this query's admission slot exactly once; true for the call that released it. */
  boolean releaseSlot() {
    return slotReleased.compareAndSet(false, true);
  }

  /** Writes the current record durably. */
  synchronized void persist(QueryFiles files) {
    files.save(toRecord());
  }

  /** The current state in its durable form; statistics are live until the query ends. */
  synchronized QueryRecord toRecord() {
    long matched = frozen != null ? frozen.eventsMatched() : scanStatistics.eventsMatched();
    long scanned = frozen != null ? frozen.eventsScanned() : scanStatistics.eventsScanned();
    long bytes = frozen != null ? frozen.bytesScanned() : scanStatistics.bytesScanned();
    return new QueryRecord(QueryRecord.CURRENT_FORMAT_VERSION, queryId, queryString, status, errorMessage, storeIds,
        creationTime.toEpochMilli(), millis(startTime), millis(endTime), matched, scanned, bytes, columns,
        resultRowCount, rowsPerBatch, parameters, queryAlias, delivery);
  }

  /** DescribeQuery's view; the execution time runs on until the query ends. */
  synchronized QueryDescription describe(Instant now) {
    QueryRecord record = toRecord();
    long executionMillis = startTime == null ? 0
        : Math.max(0, Duration.between(startTime, endTime == null ? now : endTime).toMillis());
    QueryStatistics statistics = new QueryStatistics(record.eventsMatched(), record.eventsScanned(),
        record.bytesScanned(), executionMillis, creationTime);
    return new QueryDescription(queryId, queryString, status, statistics, errorMessage, storeIds, endTime,
        parameters, queryAlias, delivery);
  }

  /** Creation time, for listing. */
  Instant creationTime() {
    return creationTime;
  }

  /** Whether the query reads {@code storeId}. */
  synchronized boolean reads(String storeId) {
    return storeIds.contains(storeId);
  }

  /** A query that ended other than FINISHED delivers nothing: partial and failed results are never sent. */
  private void settleDelivery() {
    if (delivery == null || delivery.status() != DeliveryStatus.PENDING || status == QueryStatus.FINISHED) {
      return;
    }
    DeliveryStatus outcome = status == QueryStatus.CANCELLED ? DeliveryStatus.CANCELLED : DeliveryStatus.FAILED;
    delivery = delivery.ended(DeliveryOutcome.failure(outcome, "The query ended " + status + ", so its results "
        + "were not delivered; only FINISHED queries are.", null));
  }

  private void freeze() {
    if (frozen == null) {
      frozen = toRecord();
    }
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  private static List<String> sortedIds(Collection<String> ids) {
    return ids.stream().distinct().sorted().toList();
  }
}
