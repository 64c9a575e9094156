package dev.eventlake.query.service;

import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.result.ResultFileWriter;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one query on a worker thread: opens the statement, streams its rows into the result file and records the
 * outcome. Cancellation, timeout and shutdown reach it through {@link QueryState#requestStop}.
 */
final class QueryRun implements Runnable {
  static final String SHUTDOWN_MESSAGE =
      "The Eventlake server shut down before the query completed; run the query again.";
  private static final Logger LOG = LoggerFactory.getLogger(QueryRun.class);

  private final QueryState state;
  private final QueryRunContext context;
  private final Runnable onEnd;

  /** {@code onEnd} runs once after the outcome is recorded, on the worker thread. */
  QueryRun(QueryState state, QueryRunContext context, Runnable onEnd) {
    this.state = state;
    this.context = context;
    this.onEnd = onEnd;
  }

  @Override
  public void run() {
    try {
      if (state.markRunning(context.config().clock().instant())) {
        state.persist(context.files());
        Outcome outcome = execute();
        state.end(outcome.status(), outcome.message(), outcome.rows(), context.config().clock().instant());
        if (!state.status().hasResults()) {
          context.files().deleteResults(state.queryId());
        }
        state.persist(context.files());
        context.deliveries().submit(state);
      }
    } catch (RuntimeException failure) {
      LOG.error("Query {} could not record its state", state.queryId(), failure);
      state.end(QueryStatus.FAILED, "The query state could not be recorded: " + failure.getMessage(), 0,
          context.config().clock().instant());
    } finally {
      onEnd.run();
    }
  }

  private Outcome execute() {
    long timeoutNanos = context.config().queryTimeout().toNanos();
    long deadline = System.nanoTime() + timeoutNanos;
    ScheduledFuture<?> timer = context.timer().schedule(
        () -> state.requestStop(StopReason.TIMEOUT), timeoutNanos, TimeUnit.NANOSECONDS);
    ResultFileWriter writer = null;
    try (StatementExecution execution = context.runner().start(state.statement(), state.scanStatistics())) {
      state.attach(execution);
      writer = new ResultFileWriter(context.files().resultFile(state.queryId()), execution.columns(),
          context.allocator(), state.rowsPerBatch(), context.config().memoryBudgetBytes());
      boolean exhausted = false;
      while (!exhausted && state.stopReason() == StopReason.NONE) {
        exhausted = !execution.next();
        if (!exhausted) {
          writer.add(execution.row());
        }
        if (System.nanoTime() - deadline > 0) {
          state.requestStop(StopReason.TIMEOUT);
        }
      }
      return complete(writer, null, exhausted);
    } catch (Exception | OutOfMemoryError | StackOverflowError failure) {
      return complete(writer, failure, false);
    } finally {
      timer.cancel(false);
      if (writer != null) {
        writer.close();
      }
    }
  }

  /** The outcome; {@code exhausted} means every row was read, which is FINISHED even if a stop came too late. */
  private Outcome complete(ResultFileWriter writer, Throwable failure, boolean exhausted) {
    long rows = writer == null ? 0 : writer.rowCount();
    try {
      if (exhausted) {
        finish(writer);
        return new Outcome(QueryStatus.FINISHED, null, rows);
      }
      switch (state.stopReason()) {
        case TIMEOUT:
          finish(writer);
          return new Outcome(QueryStatus.TIMED_OUT, timeoutMessage(rows), rows);
        case CANCEL:
          return new Outcome(QueryStatus.CANCELLED, null, 0);
        case SHUTDOWN:
          return new Outcome(QueryStatus.FAILED, SHUTDOWN_MESSAGE, 0);
        default:
          if (failure != null) {
            return failed(failure);
          }
          finish(writer);
          return new Outcome(QueryStatus.FINISHED, null, rows);
      }
    } catch (IOException | RuntimeException finishFailure) {
      return failed(finishFailure);
    }
  }

  private void finish(ResultFileWriter writer) throws IOException {
    if (writer != null) {
      writer.finish();
    }
  }

  private String timeoutMessage(long rows) {
    return "The query ran longer than the timeout of " + context.config().queryTimeout() + " and was stopped; the "
        + rows + " result rows produced until then are available.";
  }

  private Outcome failed(Throwable failure) {
    if (failure instanceof LakeException known) {
      return new Outcome(QueryStatus.FAILED, known.getMessage(), 0);
    }
    LOG.warn("Query {} failed", state.queryId(), failure);
    return new Outcome(QueryStatus.FAILED, "The query failed: " + failure, 0);
  }

  /** How a run ended. */
  private record Outcome(QueryStatus status, String message, long rows) {}
}
