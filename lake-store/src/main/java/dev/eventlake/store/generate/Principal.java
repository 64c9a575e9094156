package dev.eventlake.store.generate;

/**
 * One caller with stable identifiers and habits: key IDs (AKIA… for users, ASIA… for sessions and console use),
 * role session, invoking service, MFA, home region, user agents, browser and network origins.
 * {@code sessionOffset} staggers the hourly session renewals ({@code attributes.creationDate}).
 */
record Principal(IdentityKind kind, Behavior behavior, Account account, String principalId, String arn,
    String userName, String accessKeyId, String consoleKeyId, RoleSession session, String invokedBy, boolean mfa,
    int homeRegion, int sessionOffset, Weighted<UserAgent> userAgents, UserAgent browser,
    Weighted<String> sourceAddresses) {

  /** The start of the session active at {@code epochSecond}: sessions renew hourly at a principal-specific minute. */
  long sessionStart(long epochSecond) {
    return epochSecond - Math.floorMod(epochSecond + sessionOffset, 3600);
  }
}
