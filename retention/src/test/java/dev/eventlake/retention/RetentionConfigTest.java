package dev.eventlake.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The defaults of the retention module and their overrides. */
class RetentionConfigTest {
  @Test
  void defaultsSweepHourlyOnTheUtcSystemClock() {
    RetentionConfig defaults = RetentionConfig.defaults();

    assertThat(defaults.sweepInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(defaults.clock().getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void everySettingCanBeOverridden() {
    Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    RetentionConfig config = RetentionConfig.defaults().withClock(fixed).withSweepInterval(Duration.ofMinutes(5));

    assertThat(config).isEqualTo(new RetentionConfig(Duration.ofMinutes(5), fixed));
    assertThatThrownBy(() -> config.withSweepInterval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
