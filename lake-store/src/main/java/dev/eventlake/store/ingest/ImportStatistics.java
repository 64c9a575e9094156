package dev.eventlake.store.ingest;

/**
 * Import progress as CloudTrail reports it ({@code PrefixesFound … FailedEntries}), plus what Eventlake adds:
 * files skipped because an earlier import already committed them, and events left out by the store's selectors
 * or the time range.
 */
public record ImportStatistics(
    long prefixesFound,
    long prefixesCompleted,
    long filesFound,
    long filesCompleted,
    long filesAlreadyImported,
    long eventsCompleted,
    long eventsNotSelected,
    long failedEntries) {}
