package dev.eventlake.store.storage;

import java.time.Instant;

/** One committed data file as the manifest records it; {@code path} is relative to the store directory. */
public record FileEntry(String path, String sha256, long events, long bytes, Instant minEventTime,
    Instant maxEventTime) {}
