package dev.eventlake.store.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Builds the synthetic organisation: a production, a development and a security account with their resources. */
final class OrganizationFactory {

  private OrganizationFactory() {}

  static List<Account> build(SplittableRandom random) {
    List<Account> accounts = new ArrayList<>();
    ResourceFactory resources = new ResourceFactory(random);
    for (AccountRole role : AccountRole.values()) {
      String id = RandomText.digits(random, 12);
      List<RegionResources> regions = new ArrayList<>();
      for (int region = 0; region < Regions.count(); region++) {
        regions.add(resources.create(id, role, region));
      }
      String alias = Names.COMPANY + "-" + role.suffix();
      accounts.add(new Account(accounts.size(), id, role, alias, RandomText.of(random, RandomText.BASE32, 8),
          "vpce-" + RandomText.hex(random, 17),
          "arn:aws:cloudtrail:us-east-1:" + id + ":trail/" + alias + "-management-events",
          Weighted.zipf(userNames(role), 0.8), Weighted.zipf(roleNames(role), 0.8), regions));
    }
    return accounts;
  }

  private static List<String> userNames(AccountRole role) {
    Set<String> names = new LinkedHashSet<>();
    for (PrincipalSpec spec : PrincipalPlan.forRole(role)) {
      if (spec.kind() == IdentityKind.IAM_USER) {
        names.add(spec.name());
      }
    }
    names.add("backup-operator");
    names.add("legacy-reporting");
    return List.copyOf(names);
  }

  private static List<String> roleNames(AccountRole role) {
    Set<String> names = new LinkedHashSet<>();
    for (PrincipalSpec spec : PrincipalPlan.forRole(role)) {
      if (spec.kind() == IdentityKind.ASSUMED_ROLE && !spec.name().startsWith("AWSReservedSSO_")) {
        names.add(spec.name());
      }
    }
    for (String function : Names.functions(role)) {
      names.add(function + "-role");
    }
    names.addAll(Names.standardRoles());
    return List.copyOf(names);
  }
}
