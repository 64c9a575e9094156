package dev.eventlake.query.service;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;

/**
 * Writes the results of FINISHED queries to the destination StartQuery named in {@code DeliveryS3Uri}. The query
 * service calls {@link #check} when the query starts and {@link #deliver} on its delivery thread once it finished.
 */
public interface ResultDelivery {
  /**
   * Checks that {@code destination} is well formed and allowed, before the query is accepted.
   *
   * @throws LakeException a 4xx error naming what is wrong with the destination
   */
  void check(String destination);

  /** Writes the results; destination problems are reported in the outcome, not thrown. */
  DeliveryOutcome deliver(DeliveryJob job);

  /** A delivery that accepts no destination: the server was started without one. */
  static ResultDelivery unsupported() {
    return new ResultDelivery() {
      @Override
      public void check(String destination) {
        throw LakeException.of(ErrorCode.UNSUPPORTED_OPERATION, "This server does not deliver query results; "
            + "page them with GetQueryResults.");
      }

      @Override
      public DeliveryOutcome deliver(DeliveryJob job) {
        return DeliveryOutcome.failure(DeliveryStatus.FAILED, "This server does not deliver query results.", null);
      }
    };
  }
}
