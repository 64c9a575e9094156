package dev.eventlake.store.event;

/** One element of a record's {@code resources} list. */
public record EventResource(String accountId, String type, String arn, String arnPrefix) {}
