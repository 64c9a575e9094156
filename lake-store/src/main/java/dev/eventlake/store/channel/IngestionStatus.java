package dev.eventlake.store.channel;

import java.time.Instant;

/**
 * What GetChannel reports about a channel's latest PutAuditEvents calls. Every member is null until the first call;
 * the error code names the most recent failure and stays after later successful calls.
 *
 * @param latestIngestionSuccessTime when an event was last accepted
 * @param latestIngestionSuccessEventId the eventID assigned to the last accepted event
 * @param latestIngestionErrorCode the per-event error code (or {@code InternalFailure}) of the most recent failure
 * @param latestIngestionAttemptTime when PutAuditEvents last reached this channel
 * @param latestIngestionAttemptEventId the caller's {@code id} of the last event in that call
 */
public record IngestionStatus(
    Instant latestIngestionSuccessTime,
    String latestIngestionSuccessEventId,
    String latestIngestionErrorCode,
    Instant latestIngestionAttemptTime,
    String latestIngestionAttemptEventId) {

  /** The status of a channel that never received events. */
  public static final IngestionStatus NONE = new IngestionStatus(null, null, null, null, null);

  /**
   * This status after a call at {@code time} whose last event had the caller's ID {@code attemptEventId};
   * {@code successEventId} (the eventID of its last accepted event) and {@code errorCode} (its last failure) are null
   * when the call had none.
   */
  public IngestionStatus afterAttempt(Instant time, String attemptEventId, String successEventId, String errorCode) {
    return new IngestionStatus(successEventId == null ? latestIngestionSuccessTime : time,
        successEventId == null ? latestIngestionSuccessEventId : successEventId,
        errorCode == null ? latestIngestionErrorCode : errorCode, time, attemptEventId);
  }
}
