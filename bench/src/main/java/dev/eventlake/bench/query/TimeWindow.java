package dev.eventlake.bench.query;

import java.time.LocalDate;
import java.time.LocalTime;

/** A half-open eventTime window [start, end) of whole hours, as each engine's SQL writes it. */
record TimeWindow(LocalDate startDay, LocalTime startTime, LocalDate endDay, LocalTime endTime) {

  /** {@code count} whole UTC days from {@code first}. */
  static TimeWindow days(LocalDate first, int count) {
    return new TimeWindow(first, LocalTime.MIDNIGHT, first.plusDays(count), LocalTime.MIDNIGHT);
  }

  /** CloudTrail Lake compares eventTime with plain timestamp strings (UTC). */
  String lakeCondition() {
    return "eventTime >= '" + startDay + " " + startTime + ":00' AND eventTime < '" + endDay + " " + endTime + ":00'";
  }

  /** DuckDB reads eventTime as TIMESTAMPTZ; the literals say UTC explicitly. */
  String duckCondition() {
    return "eventTime >= TIMESTAMPTZ '" + startDay + " " + startTime + ":00+00' AND eventTime < TIMESTAMPTZ '"
        + endDay + " " + endTime + ":00+00'";
  }
}
