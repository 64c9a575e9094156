package dev.eventlake.store.channel;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of PutAuditEvents: every event of the request is either {@code successful} (stored durably in every
 * enabled destination store) or {@code failed}, each list in request order.
 */
public record PutAuditEventsResult(List<Accepted> successful, List<Failed> failed) {
  public PutAuditEventsResult {
    successful = List.copyOf(requireNonNull(successful, "successful is null"));
    failed = List.copyOf(requireNonNull(failed, "failed is null"));
  }

  /** An accepted event: the caller's {@code id} and the {@code eventID} the lake assigned. */
  public record Accepted(String id, String eventId) {}

  /** A rejected event: the caller's {@code id}, why, and a message a person can act on. */
  public record Failed(String id, AuditEventErrorCode errorCode, String errorMessage) {}
}
