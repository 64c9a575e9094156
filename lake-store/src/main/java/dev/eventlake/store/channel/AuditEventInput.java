package dev.eventlake.store.channel;

/**
 * One entry of a PutAuditEvents request: the caller's {@code id} (1 to 128 of {@code [-_A-Za-z0-9]}, unique in the
 * request), {@code eventData} (the event as JSON text) and an optional {@code eventDataChecksum} (base64 of the
 * SHA-256 of the exact {@code eventData} text).
 */
public record AuditEventInput(String id, String eventData, String eventDataChecksum) {}
