package dev.eventlake.bench.report;

import java.util.Locale;

/** How figures are printed: thousands separators, fixed decimals, bytes in MiB, ratios with a ×. */
final class Formats {
  private Formats() {}

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String decimal(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  static String millis(double nanos) {
    return decimal(nanos / 1e6, nanos < 10e6 ? 2 : 1);
  }

  static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  /** Bytes in MiB, or "n/a" for a negative (unknown) value. */
  static String mebibytes(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.1f MiB", bytes / (1024.0 * 1024.0));
  }

  static String met(boolean met) {
    return met ? "met" : "**not met**";
  }
}
