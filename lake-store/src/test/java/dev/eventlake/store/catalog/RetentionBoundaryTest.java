package dev.eventlake.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one definition of "inside retention" that queries and sweeps share. */
class RetentionBoundaryTest {
  @Test
  void eventsAtOrAfterNowMinusTheRetentionPeriodAreRetained() {
    RetentionBoundary boundary = RetentionBoundary.of(7, Instant.parse("2026-03-08T12:00:00Z"));

    assertThat(boundary.oldestRetained()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    assertThat(boundary.retains(Instant.parse("2026-03-01T12:00:00Z"))).isTrue();
    assertThat(boundary.retains(Instant.parse("2026-03-01T11:59:59.999Z"))).isFalse();
    assertThat(boundary.retains(Instant.parse("2026-04-01T00:00:00Z"))).as("a future event").isTrue();
  }

  @Test
  void theBoundaryIsKeptToTheMillisecondLikeStoredEventTimes() {
    RetentionBoundary boundary = RetentionBoundary.of(7, Instant.parse("2026-03-08T12:00:00.000999Z"));

    assertThat(boundary.oldestRetained()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    assertThat(boundary.evaluatedAt()).isEqualTo(Instant.parse("2026-03-08T12:00:00.000999Z"));
    assertThat(boundary.retains(Instant.parse("2026-03-01T12:00:00Z"))).isTrue();
  }
}
