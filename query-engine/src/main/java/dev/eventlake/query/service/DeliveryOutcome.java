package dev.eventlake.query.service;

import static java.util.Objects.requireNonNull;

/**
 * How one delivery ended.
 *
 * @param status SUCCESS or the failure's status
 * @param message what went wrong, null on success
 * @param location the folder the files were written to, when known
 */
public record DeliveryOutcome(DeliveryStatus status, String message, String location) {
  public DeliveryOutcome {
    requireNonNull(status, "status is null");
  }

  public static DeliveryOutcome success(String location) {
    return new DeliveryOutcome(DeliveryStatus.SUCCESS, null, location);
  }

  public static DeliveryOutcome failure(DeliveryStatus status, String message, String location) {
    return new DeliveryOutcome(status, requireNonNull(message, "message is null"), location);
  }
}
