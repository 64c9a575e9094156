package dev.eventlake.store.catalog;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where a store's retention starts at one instant: an event whose {@code eventTime} is at or after
 * {@code oldestRetained} is inside retention and is kept; an older one is past retention. Queries filter at this
 * boundary and retention sweeps delete only files wholly before it, so both sides agree on every event.
 *
 * @param retentionDays the store's {@code RetentionPeriod}
 * @param evaluatedAt the clock time the boundary was computed for
 * @param oldestRetained {@code evaluatedAt} (to the millisecond, as event times are stored) minus the retention period
 */
public record RetentionBoundary(int retentionDays, Instant evaluatedAt, Instant oldestRetained) {
  public RetentionBoundary {
    requireNonNull(evaluatedAt, "evaluatedAt is null");
    requireNonNull(oldestRetained, "oldestRetained is null");
  }

  /** The boundary of {@code store} at {@code now}. */
  public static RetentionBoundary of(EventDataStore store, Instant now) {
    return of(store.retentionPeriod(), now);
  }

  /** The boundary of a retention period of {@code retentionDays} at {@code now}. */
  public static RetentionBoundary of(int retentionDays, Instant now) {
    Instant oldest = now.truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(retentionDays));
    return new RetentionBoundary(retentionDays, now, oldest);
  }

  /** True when an event at {@code eventTime} is inside retention. */
  public boolean retains(Instant eventTime) {
    return !eventTime.isBefore(oldestRetained);
  }
}
