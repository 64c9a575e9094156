package dev.eventlake.store.generate;

import java.time.LocalDate;

/**
 * Outcome of a generation run. {@code events} counts distinct events (exactly the configured number); the rare
 * redelivered duplicates (same record, same eventID, in the following file) are not counted again. {@code bytes} is
 * the total size of the written {@code .json.gz} files.
 */
public record GeneratorSummary(long events, long files, long bytes, LocalDate firstDay, LocalDate lastDay) {}
