package dev.eventlake.query.saved;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One version of a saved query, numbered from 1; versions are never changed or removed, a restore adds a version.
 *
 * @param version the number of this version
 * @param definition what the version holds
 * @param createdTime when it was saved
 * @param restoredFrom the version this one restored, or null
 */
public record SavedQueryVersion(int version, SavedQueryDefinition definition, Instant createdTime,
    Integer restoredFrom) {
  public SavedQueryVersion {
    requireNonNull(definition, "definition is null");
    requireNonNull(createdTime, "createdTime is null");
  }
}
