package dev.eventlake.query.sql;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** MySQL-style date format specifiers ({@code %Y-%m-%d %H:%i:%s}) as Trino's date_format and date_parse read them. */
final class DateFormats {
  private DateFormats() {}

  /** {@code time} formatted with {@code format}. */
  static String format(LocalDateTime time, String format) {
    StringBuilder text = new StringBuilder();
    for (int index = 0; index < format.length(); index++) {
      char character = format.charAt(index);
      if (character != '%' || index + 1 == format.length()) {
        text.append(character);
        continue;
      }
      index++;
      text.append(field(time, format.charAt(index)));
    }
    return text.toString();
  }

  private static String field(LocalDateTime time, char specifier) {
    int hour12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    return switch (specifier) {
      case 'a' -> time.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case 'b' -> time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case 'c' -> Integer.toString(time.getMonthValue());
      case 'd' -> two(time.getDayOfMonth());
      case 'e' -> Integer.toString(time.getDayOfMonth());
      case 'f' -> String.format(Locale.ROOT, "%06d", time.getNano() / 1000);
      case 'H' -> two(time.getHour());
      case 'h', 'I' -> two(hour12);
      case 'i' -> two(time.getMinute());
      case 'j' -> String.format(Locale.ROOT, "%03d", time.getDayOfYear());
      case 'k' -> Integer.toString(time.getHour());
      case 'l' -> Integer.toString(hour12);
      case 'M' -> time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case 'm' -> two(time.getMonthValue());
      case 'p' -> time.getHour() < 12 ? "AM" : "PM";
      case 'r' -> two(hour12) + ":" + two(time.getMinute()) + ":" + two(time.getSecond())
          + (time.getHour() < 12 ? " AM" : " PM");
      case 'S', 's' -> two(time.getSecond());
      case 'T' -> two(time.getHour()) + ":" + two(time.getMinute()) + ":" + two(time.getSecond());
      case 'v' -> two(time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case 'W' -> time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case 'x' -> Integer.toString(time.get(IsoFields.WEEK_BASED_YEAR));
      case 'Y' -> String.format(Locale.ROOT, "%04d", time.getYear());
      case 'y' -> two(time.getYear() % 100);
      default -> String.valueOf(specifier);
    };
  }

  /** {@code text} read with {@code format}; missing date fields default to 1, missing time fields to 0. */
  static LocalDateTime parse(String text, String format) {
    DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive();
    for (int index = 0; index < format.length(); index++) {
      char character = format.charAt(index);
      if (character != '%' || index + 1 == format.length()) {
        builder.appendLiteral(character);
        continue;
      }
      index++;
      parseField(builder, format.charAt(index));
    }
    DateTimeFormatter formatter = builder.parseDefaulting(ChronoField.MONTH_OF_YEAR, 1)
        .parseDefaulting(ChronoField.DAY_OF_MONTH, 1).parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
        .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0).parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
        .toFormatter(Locale.ENGLISH);
    return LocalDateTime.parse(text, formatter);
  }

  private static void parseField(DateTimeFormatterBuilder builder, char specifier) {
    switch (specifier) {
      case 'Y' -> builder.appendValue(ChronoField.YEAR, 4);
      case 'y' -> builder.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
      case 'm', 'c' -> builder.appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE);
      case 'd', 'e' -> builder.appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE);
      case 'H', 'k' -> builder.appendValue(ChronoField.HOUR_OF_DAY, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE);
      case 'h', 'I', 'l' -> builder.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM, 1, 2,
          java.time.format.SignStyle.NOT_NEGATIVE);
      case 'i' -> builder.appendValue(ChronoField.MINUTE_OF_HOUR, 2);
      case 'S', 's' -> builder.appendValue(ChronoField.SECOND_OF_MINUTE, 2);
      case 'f' -> builder.appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, false);
      case 'T' -> builder.appendPattern("HH:mm:ss");
      case 'p' -> builder.appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT);
      case 'b' -> builder.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT);
      case 'M' -> builder.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL);
      case 'a' -> builder.appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT);
      case 'W' -> builder.appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL);
      case 'j' -> builder.appendValue(ChronoField.DAY_OF_YEAR, 3);
      default -> builder.appendLiteral(specifier);
    }
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
