package dev.eventlake.query.engine;

/**
 * Turns on Calcite's cache of compiled query code (keyed by the generated Java source, which holds no per-run
 * state; code with static fields is never cached), so a repeated query skips Janino compilation. Calcite reads the
 * setting once, when its system properties first load, so this must run before any statement is planned; an
 * explicit {@code -Dcalcite.bindable.cache.maxSize} wins.
 */
final class CompiledQueryCache {
  static final String PROPERTY = "calcite.bindable.cache.maxSize";
  /** Distinct compiled queries kept; each is a small generated class. */
  static final int SIZE = 512;

  private CompiledQueryCache() {}

  static void enable() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, Integer.toString(SIZE));
    }
  }
}
