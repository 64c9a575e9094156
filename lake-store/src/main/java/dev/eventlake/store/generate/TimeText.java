package dev.eventlake.store.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats epoch seconds the ways CloudTrail records show them: ISO-8601 UTC event times (fast, caching the date of
 * the current day), the "Jan 5, 2024, 3:04:05 PM" style some services put in payloads, and file-name stamps.
 */
final class TimeText {

  static final long SECONDS_PER_DAY = 86_400;
  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'", Locale.US).withZone(ZoneOffset.UTC);

  private final char[] buffer = "0000-00-00T00:00:00Z".toCharArray();
  private long cachedDay = Long.MIN_VALUE;

  /** {@code 2024-01-15T10:30:00Z}. */
  String iso(long epochSecond) {
    long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    if (day != cachedDay) {
      LocalDate.ofEpochDay(day).toString().getChars(0, 10, buffer, 0);
      cachedDay = day;
    }
    int secondOfDay = (int) (epochSecond - day * SECONDS_PER_DAY);
    twoDigits(11, secondOfDay / 3600);
    twoDigits(14, secondOfDay / 60 % 60);
    twoDigits(17, secondOfDay % 60);
    return new String(buffer);
  }

  private void twoDigits(int position, int value) {
    buffer[position] = (char) ('0' + value / 10);
    buffer[position + 1] = (char) ('0' + value % 10);
  }

  /** {@code Jan 15, 2024, 10:30:00 AM}, as IAM and STS responses show dates. */
  static String display(long epochSecond) {
    return DISPLAY.format(Instant.ofEpochSecond(epochSecond));
  }

  /** {@code 20240115T1030Z}, the delivery stamp in log file names. */
  static String fileStamp(long epochSecond) {
    return FILE_STAMP.format(Instant.ofEpochSecond(epochSecond));
  }
}
