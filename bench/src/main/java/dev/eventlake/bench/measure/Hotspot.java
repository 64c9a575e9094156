package dev.eventlake.bench.measure;

/** One line of a profile: a method or an area of code, and how many execution samples fell in it. */
public record Hotspot(String name, long samples) {
  /** Share of {@code total} samples, in percent. */
  public double percentOf(long total) {
    return total == 0 ? 0 : 100.0 * samples / total;
  }
}
