package dev.eventlake.api.imports;

import java.time.Instant;

/** What a new import needs: the destination store (ARN, ID or name), the source, and an optional event-time window. */
public record NewImport(String destination, ImportSourceLocation source, Instant startEventTime,
    Instant endEventTime) {}
