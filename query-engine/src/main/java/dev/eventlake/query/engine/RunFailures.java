package dev.eventlake.query.engine;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.concurrent.CancellationException;

/** Turns a failure while rows are produced into a cancellation or a clean, stack-free message. */
final class RunFailures {
  private RunFailures() {}

  static RuntimeException translate(Throwable failure) {
    Throwable root = failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CancellationException cancelled) {
        return cancelled;
      }
      if (cause instanceof LakeException lake) {
        return lake;
      }
      root = cause;
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new LakeException(ErrorCode.INVALID_QUERY_STATEMENT, "Query failed while running: " + message);
  }
}
