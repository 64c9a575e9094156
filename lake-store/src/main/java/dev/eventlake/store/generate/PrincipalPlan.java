package dev.eventlake.store.generate;

import java.util.ArrayList;
import java.util.List;

/** Who works in each account: applications, pipelines, AWS services, a scanner, people, CI and the root user. */
final class PrincipalPlan {

  private static final List<String> PEOPLE = Names.PEOPLE;

  private PrincipalPlan() {}

  static List<PrincipalSpec> forRole(AccountRole role) {
    List<PrincipalSpec> specs = new ArrayList<>();
    for (String application : Names.applications(role)) {
      specs.add(role(Behavior.APPLICATION, application + "-role", null, 40));
    }
    List<String> functions = Names.functions(role);
    for (String function : functions.subList(0, Math.min(3, functions.size()))) {
      specs.add(role(Behavior.PIPELINE, function + "-role", function, 20));
    }
    for (String service : services(role)) {
      specs.add(new PrincipalSpec(Behavior.AWS_SERVICE, IdentityKind.AWS_SERVICE, service, null, 15));
    }
    specs.add(role(Behavior.SCANNER, "SecurityAuditRole", "prowler-scan", 10));
    addPeople(role, specs);
    specs.add(new PrincipalSpec(Behavior.ROOT, IdentityKind.ROOT, "root", null, 0.1));
    return specs;
  }

  private static List<String> services(AccountRole role) {
    return switch (role) {
      case PRODUCTION -> List.of("s3.amazonaws.com", "secretsmanager.amazonaws.com", "lambda.amazonaws.com",
          "ecs-tasks.amazonaws.com", "ssm.amazonaws.com");
      case DEVELOPMENT -> List.of("s3.amazonaws.com", "lambda.amazonaws.com", "ssm.amazonaws.com");
      case SECURITY -> List.of("cloudtrail.amazonaws.com", "config.amazonaws.com", "s3.amazonaws.com");
    };
  }

  private static void addPeople(AccountRole role, List<PrincipalSpec> specs) {
    switch (role) {
      case PRODUCTION -> {
        people(specs, Behavior.ADMIN, IdentityKind.IAM_USER, 0, 2, 8);
        people(specs, Behavior.ADMIN, IdentityKind.ASSUMED_ROLE, 2, 4, 6);
        people(specs, Behavior.DEVELOPER, IdentityKind.ASSUMED_ROLE, 4, 8, 5);
        people(specs, Behavior.DEVELOPER, IdentityKind.IAM_USER, 8, 9, 6);
        specs.add(new PrincipalSpec(Behavior.DEPLOYER, IdentityKind.IAM_USER, "ci-deployer", null, 12));
        specs.add(role(Behavior.DEPLOYER, "GitHubActionsDeployRole", "GitHubActions", 8));
      }
      case DEVELOPMENT -> {
        people(specs, Behavior.ADMIN, IdentityKind.ASSUMED_ROLE, 2, 3, 5);
        people(specs, Behavior.DEVELOPER, IdentityKind.ASSUMED_ROLE, 4, 12, 5);
        people(specs, Behavior.DEVELOPER, IdentityKind.IAM_USER, 9, 11, 6);
        specs.add(role(Behavior.DEPLOYER, "GitHubActionsDeployRole", "GitHubActions", 6));
      }
      case SECURITY -> {
        people(specs, Behavior.ADMIN, IdentityKind.IAM_USER, 12, 13, 6);
        people(specs, Behavior.ADMIN, IdentityKind.ASSUMED_ROLE, 13, 14, 4);
        people(specs, Behavior.ADMIN, IdentityKind.ASSUMED_ROLE, 3, 4, 3);
      }
    }
  }

  /** People {@code from} (inclusive) to {@code to} (exclusive); SSO sessions use the permission-set role. */
  private static void people(List<PrincipalSpec> specs, Behavior behavior, IdentityKind kind, int from, int to,
      double activity) {
    for (String person : PEOPLE.subList(from, to)) {
      if (kind == IdentityKind.IAM_USER) {
        specs.add(new PrincipalSpec(behavior, kind, person, null, activity));
      } else {
        String permissionSet = behavior == Behavior.ADMIN ? "AdministratorAccess" : "PowerUserAccess";
        specs.add(role(behavior, "AWSReservedSSO_" + permissionSet, person, activity));
      }
    }
  }

  private static PrincipalSpec role(Behavior behavior, String roleName, String sessionName, double activity) {
    return new PrincipalSpec(behavior, IdentityKind.ASSUMED_ROLE, roleName, sessionName, activity);
  }
}
