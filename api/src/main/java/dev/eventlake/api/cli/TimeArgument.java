package dev.eventlake.api.cli;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses time options: ISO-8601 instants, zone-less date-times (UTC) and plain dates (UTC midnight). */
final class TimeArgument {
  private TimeArgument() {}

  static Instant parse(String option, String value) {
    if (value == null) {
      return null;
    }
    String text = value.trim().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
          throw LakeException.of(ErrorCode.INVALID_PARAMETER,
              "%s %s is not a time; use ISO-8601 such as 2024-01-05T13:51:00Z or 2024-01-05", option, value);
        }
      }
    }
  }
}
