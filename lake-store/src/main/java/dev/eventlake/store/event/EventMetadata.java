package dev.eventlake.store.event;

/**
 * The {@code metadata} struct of an ActivityAuditLog record: when it was ingested ({@code yyyy-MM-ddTHH:mm:ssZ},
 * UTC) and through which channel.
 */
public record EventMetadata(String ingestionTime, String channelArn) {}
