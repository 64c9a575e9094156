package dev.eventlake.store.generate;

/**
 * What a principal typically does. Selects its API mix, user agents and network origins; human behaviours follow
 * working hours, automated ones run around the clock. {@code errorFactor} scales the per-API error rates.
 */
enum Behavior {
  APPLICATION(false, 1.0),
  PIPELINE(false, 1.0),
  AWS_SERVICE(false, 0.5),
  SCANNER(false, 2.5),
  ADMIN(true, 1.3),
  DEVELOPER(true, 1.6),
  DEPLOYER(true, 1.0),
  ROOT(true, 1.0);

  private final boolean human;
  private final double errorFactor;

  Behavior(boolean human, double errorFactor) {
    this.human = human;
    this.errorFactor = errorFactor;
  }

  boolean human() {
    return human;
  }

  double errorFactor() {
    return errorFactor;
  }
}
