package dev.eventlake.retention;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings of the retention module; {@link #defaults()} holds every default in one place.
 *
 * @param sweepInterval time between the end of one scheduled sweep and the start of the next
 * @param clock the time retention is evaluated at (events older than now minus the retention period are past it)
 */
public record RetentionConfig(Duration sweepInterval, Clock clock) {
  public RetentionConfig {
    requireNonNull(sweepInterval, "sweepInterval is null");
    requireNonNull(clock, "clock is null");
    if (sweepInterval.isNegative() || sweepInterval.isZero()) {
      throw new IllegalArgumentException("sweepInterval must be positive, not " + sweepInterval);
    }
  }

  /** A sweep every hour, on the UTC system clock. */
  public static RetentionConfig defaults() {
    return new RetentionConfig(Duration.ofHours(1), Clock.systemUTC());
  }

  public RetentionConfig withClock(Clock newClock) {
    return new RetentionConfig(sweepInterval, newClock);
  }

  public RetentionConfig withSweepInterval(Duration newInterval) {
    return new RetentionConfig(newInterval, clock);
  }
}
