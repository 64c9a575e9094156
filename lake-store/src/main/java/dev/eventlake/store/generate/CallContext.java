package dev.eventlake.store.generate;

import java.util.SplittableRandom;

/**
 * Everything decided about one event before its payload is drawn: the window's random source, time, caller,
 * the account and region resources, the operation, the client, the request ID and whether the call fails.
 */
record CallContext(SplittableRandom random, long epochSecond, Principal principal, RegionResources resources,
    ApiOperation operation, UserAgent agent, String requestId, boolean failed) {

  String accountId() {
    return resources.accountId();
  }

  String region() {
    return resources.region();
  }

  Account account() {
    return principal.account();
  }
}
