package dev.eventlake.bench.query;

import java.time.LocalDate;

/**
 * The values the suite's queries look for, chosen from the data so that every query has an answer.
 *
 * @param eventsStore ID of the store holding every event
 * @param recentStore ID of the store holding the last week's management events
 * @param eventsFiles DuckDB's {@code read_parquet(...)} over the first store's files
 * @param recentFiles DuckDB's {@code read_parquet(...)} over the second store's files
 * @param day the day of the one-day queries
 * @param lastDay the last day with events
 * @param accessKeyId an access key used about twenty times on {@code day}
 * @param principalArn a principal with a few hundred events in the week ending on {@code day}
 * @param bucket the bucket with the most GetObject calls
 * @param eventId one event ID of {@code day}
 */
public record QueryParameters(String eventsStore, String recentStore, String eventsFiles, String recentFiles,
    LocalDate day, LocalDate lastDay, String accessKeyId, String principalArn, String bucket, String eventId) {}
