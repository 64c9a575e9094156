package dev.eventlake.store.generate;

import java.util.List;

/** Fixed name tables of the synthetic organisation: people, roles, functions, tables, secrets and parameters. */
final class Names {

  static final String COMPANY = "acme";
  static final List<String> PEOPLE = List.of("maria.garcia", "james.smith", "wei.chen", "aisha.khan",
      "lukas.muller", "sofia.rossi", "david.okafor", "emma.johnson", "raj.patel", "yuki.tanaka",
      "olivia.brown", "noah.wilson", "fatima.haddad", "carlos.silva");
  static final List<String> SECURITY_GROUPS = List.of("default", "web-alb", "app-tier", "db-tier", "bastion");
  static final List<String> MANAGED_POLICIES = List.of("arn:aws:iam::aws:policy/ReadOnlyAccess",
      "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess",
      "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
      "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess", "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy");

  private Names() {}

  /** Long-running services with EC2 instance or ECS task roles. */
  static List<String> applications(AccountRole role) {
    return switch (role) {
      case PRODUCTION -> List.of("orders-api", "checkout-service", "payments-worker", "catalog-service");
      case DEVELOPMENT -> List.of("orders-api", "catalog-service");
      case SECURITY -> List.of();
    };
  }

  /** Lambda functions; the first ones also act as data pipelines with their own execution roles. */
  static List<String> functions(AccountRole role) {
    return switch (role) {
      case PRODUCTION -> List.of("etl-nightly-export", "image-resizer", "s3-object-indexer", "order-events-consumer",
          "auth-token-authorizer", "slack-notifier");
      case DEVELOPMENT -> List.of("image-resizer", "etl-nightly-export", "feature-flag-sync");
      case SECURITY -> List.of("guardduty-findings-exporter", "iam-access-analyzer-digest");
    };
  }

  static List<String> tables(AccountRole role) {
    return switch (role) {
      case PRODUCTION -> List.of("orders", "sessions", "customers", "inventory", "idempotency-keys");
      case DEVELOPMENT -> List.of("orders", "sessions", "feature-flags");
      case SECURITY -> List.of("findings-state");
    };
  }

  static List<String> secrets(AccountRole role) {
    String env = role.suffix();
    return List.of(env + "/orders/db-credentials", env + "/payments/stripe-api-key", env + "/catalog/search-api-key",
        env + "/shared/slack-webhook");
  }

  static List<String> parameters(AccountRole role) {
    String env = role.suffix();
    return List.of("/" + env + "/orders/db-host", "/" + env + "/orders/feature-flags", "/" + env + "/catalog/page-size",
        "/" + env + "/shared/log-level", "/" + env + "/payments/endpoint", "/cloudwatch-agent/config");
  }

  /** Role names that exist in every account besides the application and function roles. */
  static List<String> standardRoles() {
    return List.of("OrganizationAccountAccessRole", "SecurityAuditRole", "GitHubActionsDeployRole",
        "AWSServiceRoleForECS", "AWSServiceRoleForAutoScaling", "AWSServiceRoleForSupport");
  }
}
