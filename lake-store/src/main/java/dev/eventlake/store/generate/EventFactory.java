package dev.eventlake.store.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws complete events: the organisation (accounts, resources, principals) is built once from the seed; each
 * event then draws its caller, API, region, client, origin, outcome, IDs and payload from the window's random.
 */
final class EventFactory {

  private static final double HOME_REGION_SHARE = 0.75;
  private static final double STRANGER_SHARE_OF_FAILED_SIGN_INS = 0.4;

  private final List<Account> accounts;
  private final IdentityPool identities;
  private final ApiCatalog catalog = new ApiCatalog();
  private final Weighted<Integer> regions = Regions.weighted();

  EventFactory(long seed) {
    SplittableRandom setup = new SplittableRandom(RandomText.mix(seed));
    this.accounts = OrganizationFactory.build(setup);
    this.identities = new IdentityPool(accounts, setup);
  }

  List<Account> accounts() {
    return accounts;
  }

  EventDraft create(SplittableRandom random, long epochSecond, double humanShare) {
    Principal principal = identities.pick(random, humanShare);
    ApiOperation operation = catalog.pick(principal.behavior(), random);
    int region = operation.global() ? 0
        : random.nextDouble() < HOME_REGION_SHARE ? principal.homeRegion() : regions.pick(random);
    UserAgent agent = operation.kind() == EventKind.SIGN_IN && principal.browser() != null ? principal.browser()
        : principal.userAgents().pick(random);
    boolean failed = random.nextDouble() < operation.errorRate() * principal.behavior().errorFactor();
    CallContext call = new CallContext(random, epochSecond, principal, principal.account().region(region), operation,
        agent, operation.requestIds().next(random), failed);
    ApiError error = failed ? operation.errors().pick(random) : null;
    String address = failed && operation.kind() == EventKind.SIGN_IN
        && random.nextDouble() < STRANGER_SHARE_OF_FAILED_SIGN_INS
        ? NetworkOrigins.strangerAddress(random) : principal.sourceAddresses().pick(random);
    Payload payload = operation.shape().create(call);
    return new EventDraft(call, payload, error == null ? null : error.code(), error == null ? null : error.render(call),
        address, RandomText.uuid(random));
  }
}
