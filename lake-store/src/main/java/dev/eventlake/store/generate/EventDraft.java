package dev.eventlake.store.generate;

/**
 * One fully drawn event, ready to be written: its call context and payload, its error (code may be null for
 * sign-in failures; both null on success), the source address and the eventID.
 */
record EventDraft(CallContext call, Payload payload, String errorCode, String errorMessage, String sourceAddress,
    String eventId) {

  boolean failed() {
    return call.failed();
  }
}
