package dev.eventlake.store.ingest;

import java.time.Instant;

/** One entry of an import's failure list, shaped like CloudTrail's {@code ImportFailureListItem}. */
public record ImportFailure(String location, String status, String errorType, String errorMessage,
    Instant lastUpdatedTime) {}
