package dev.eventlake.query.service;

import static java.util.Objects.requireNonNull;

/**
 * The delivery of a query's results to a destination ({@code s3://bucket/prefix} or {@code file:///folder}).
 *
 * @param destination the {@code DeliveryS3Uri} given to StartQuery
 * @param status where the delivery stands
 * @param message why it failed or was skipped, else null
 * @param location where the files went (the destination plus the {@code AWSLogs/…/<query-id>/} folder), once known
 */
public record QueryDelivery(String destination, DeliveryStatus status, String message, String location) {
  public QueryDelivery {
    requireNonNull(destination, "destination is null");
    requireNonNull(status, "status is null");
  }

  /** A delivery that waits for the query to finish. */
  static QueryDelivery pending(String destination) {
    return new QueryDelivery(destination, DeliveryStatus.PENDING, null, null);
  }

  /** This delivery with an outcome. */
  QueryDelivery ended(DeliveryOutcome outcome) {
    return new QueryDelivery(destination, outcome.status(), outcome.message(), outcome.location());
  }
}
