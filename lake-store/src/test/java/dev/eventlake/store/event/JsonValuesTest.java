package dev.eventlake.store.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Instants in CloudTrail's own form take a fast path that must agree with the general ISO-8601 parse. */
class JsonValuesTest {
  @Test
  void canonicalFormsParseLikeIso8601() {
    for (String text : new String[] {"2024-01-05T13:51:00Z", "2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z",
        "2025-12-31T00:00:01Z"}) {
      assertThat(JsonValues.parseInstant(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @Test
  void otherFormsStillParseAndImpossibleDatesAreNull() {
    assertThat(JsonValues.parseInstant("2024-01-05T13:51:00.250+02:00")).isEqualTo(
        Instant.parse("2024-01-05T11:51:00.250Z"));
    assertThat(JsonValues.parseInstant("2024-01-05 13:51:00")).isEqualTo(Instant.parse("2024-01-05T13:51:00Z"));
    assertThat(JsonValues.parseInstant("2023-02-29T10:00:00Z")).isNull();
    assertThat(JsonValues.parseInstant("2024-01-05T24:00:00Z")).isNull();
    assertThat(JsonValues.parseInstant("2024-01-0xT10:00:00Z")).isNull();
  }
}
