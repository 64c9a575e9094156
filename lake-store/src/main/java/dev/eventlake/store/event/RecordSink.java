package dev.eventlake.store.event;

/** Receives what a log reader finds: mapped events, and records that could not be read at all. */
public interface RecordSink {
  void accept(CloudTrailEvent event);

  void reject(RecordFailure failure);
}
