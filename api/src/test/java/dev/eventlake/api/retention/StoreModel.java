package dev.eventlake.api.retention;

import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.RetentionBoundary;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the property test knows of one store: every event it ingested, and which of them retention may have taken. */
final class StoreModel {
  final String storeId;
  final Map<String, Instant> events = new LinkedHashMap<>();
  final Set<String> mayBeGone = new HashSet<>();
  int retentionDays;

  StoreModel(EventDataStore store) {
    this.storeId = store.id();
    this.retentionDays = store.retentionPeriod();
  }

  RetentionBoundary boundary(Instant now) {
    return RetentionBoundary.of(retentionDays, now);
  }

  /** Events past retention now may be removed from now on, even if a longer retention later covers them again. */
  void markExpired(Instant now) {
    RetentionBoundary boundary = boundary(now);
    events.forEach((eventId, eventTime) -> {
      if (!boundary.retains(eventTime)) {
        mayBeGone.add(eventId);
      }
    });
  }

  /** Events that must still be stored: ingested and never past retention at any sweep. */
  Set<String> mustRemain() {
    Set<String> remaining = new HashSet<>(events.keySet());
    remaining.removeAll(mayBeGone);
    return remaining;
  }
}
