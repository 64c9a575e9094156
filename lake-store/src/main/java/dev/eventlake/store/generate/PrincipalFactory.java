package dev.eventlake.store.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Turns planned principals into principals with drawn IDs, keys, sessions, agents and origins. */
final class PrincipalFactory {

  private final SplittableRandom random;
  private final NetworkOrigins origins;
  private final Weighted<Integer> regions = Regions.weighted();

  PrincipalFactory(SplittableRandom random, NetworkOrigins origins) {
    this.random = random;
    this.origins = origins;
  }

  /**
   * Creates the {@code ordinal}-th principal of an account. People and the first principals of each account (the
   * two busiest applications) work in us-east-1; the others mostly too, but some elsewhere.
   */
  Principal create(Account account, PrincipalSpec spec, List<String> natAddresses, int ordinal) {
    String infix = account.keyInfix();
    boolean usEast = spec.behavior().human() ? random.nextInt(5) != 0 : ordinal < 2;
    int homeRegion = usEast ? 0 : regions.pick(random);
    Weighted<String> addresses = origins.forSpec(spec, natAddresses, account.region(homeRegion).network());
    Weighted<UserAgent> agents = UserAgents.forSpec(spec, random);
    UserAgent browser = spec.behavior().human() ? UserAgents.browser(random) : null;
    int offset = random.nextInt(3600);
    String consoleKey = RandomText.awsId(random, "ASIA", infix, 20);
    return switch (spec.kind()) {
      case IAM_USER -> new Principal(spec.kind(), spec.behavior(), account, RandomText.awsId(random, "AIDA", infix, 21),
          "arn:aws:iam::" + account.id() + ":user/" + spec.name(), spec.name(),
          RandomText.awsId(random, "AKIA", infix, 20), consoleKey, null, null, random.nextInt(10) < 7, homeRegion,
          offset, agents, browser, addresses);
      case ASSUMED_ROLE -> assumedRole(account, spec, homeRegion, offset, agents, browser, addresses);
      case ROOT -> new Principal(spec.kind(), spec.behavior(), account, account.id(),
          "arn:aws:iam::" + account.id() + ":root", null, null, consoleKey, null, null, random.nextInt(5) != 0,
          homeRegion, offset, agents, browser, addresses);
      case AWS_SERVICE -> new Principal(spec.kind(), spec.behavior(), account, null, null, null, null, null, null,
          spec.name(), false, homeRegion, offset, agents, null, addresses);
    };
  }

  private Principal assumedRole(Account account, PrincipalSpec spec, int homeRegion, int offset,
      Weighted<UserAgent> agents, UserAgent browser, Weighted<String> addresses) {
    boolean singleSignOn = spec.name().startsWith("AWSReservedSSO_");
    String roleName = singleSignOn ? spec.name() + "_" + singleSignOnSuffix(account, spec.name()) : spec.name();
    String path = singleSignOn ? "aws-reserved/sso.amazonaws.com/" : "";
    boolean ec2 = spec.sessionName() == null && random.nextBoolean();
    String sessionName = spec.sessionName() != null ? spec.sessionName()
        : ec2 ? "i-" + RandomText.hex(random, 17) : RandomText.hex(random, 32);
    String rolePrincipalId = RandomText.awsId(new SplittableRandom(RandomText.mix(account.id().hashCode()
        ^ RandomText.mix(roleName.hashCode()))), "AROA", account.keyInfix(), 21);
    RoleSession session = new RoleSession(roleName, "arn:aws:iam::" + account.id() + ":role/" + path + roleName,
        rolePrincipalId, sessionName, ec2);
    return new Principal(spec.kind(), spec.behavior(), account, rolePrincipalId + ":" + sessionName,
        "arn:aws:sts::" + account.id() + ":assumed-role/" + roleName + "/" + sessionName, null,
        RandomText.awsId(random, "ASIA", account.keyInfix(), 20), null, session, null,
        singleSignOn && random.nextInt(10) < 3, homeRegion, offset, agents, browser, addresses);
  }

  /** The stable 16-hex suffix AWS IAM Identity Center gives a permission-set role in one account. */
  private static String singleSignOnSuffix(Account account, String roleName) {
    return String.format("%016x", RandomText.mix(account.id().hashCode() * 31L + roleName.hashCode()));
  }
}
