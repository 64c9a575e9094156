package dev.eventlake.query.service;

import java.time.Instant;

/**
 * DescribeQuery's statistics, live while the query runs and frozen when it ends.
 *
 * @param eventsMatched events the scans handed to the query after their filters ({@code ScanStatistics
 *     .eventsMatched()}), not the number of result rows: a {@code COUNT(*)} over 500 events matches 500 events
 * @param eventsScanned events decoded by the scans
 * @param bytesScanned compressed bytes the scans read
 * @param executionTimeInMillis time from start of running to the end (or now), per the service clock
 * @param creationTime when StartQuery accepted the query
 */
public record QueryStatistics(long eventsMatched, long eventsScanned, long bytesScanned, long executionTimeInMillis,
    Instant creationTime) {}
