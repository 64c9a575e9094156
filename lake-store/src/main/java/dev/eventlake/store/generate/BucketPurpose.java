package dev.eventlake.store.generate;

import java.util.List;

/** What a bucket holds: its name part, the key prefixes in use and the usual object extension. */
enum BucketPurpose {
  DATA_LAKE("data-lake", List.of("raw/events/", "curated/orders/", "curated/customers/", "athena-results/"),
      ".snappy.parquet"),
  APP_ASSETS("app-assets", List.of("images/products/", "images/banners/", "static/"), ".png"),
  USER_UPLOADS("user-uploads", List.of("uploads/avatars/", "uploads/documents/", "uploads/invoices/"), ".pdf"),
  ACCESS_LOGS("access-logs", List.of("alb/AWSLogs/", "cloudfront/"), ".log.gz"),
  BACKUPS("backups", List.of("postgres/daily/", "postgres/weekly/"), ".dump.gz"),
  SCRATCH("scratch", List.of("tmp/", "notebooks/exports/"), ".csv"),
  TERRAFORM_STATE("terraform-state", List.of("env/dev/", "env/shared/"), ".tfstate"),
  BUILD_ARTIFACTS("build-artifacts", List.of("builds/orders-api/", "builds/catalog-service/"), ".zip"),
  CLOUDTRAIL_LOGS("cloudtrail-logs", List.of("AWSLogs/"), ".json.gz"),
  FINDINGS_ARCHIVE("findings-archive", List.of("guardduty/", "securityhub/"), ".jsonl.gz");

  private final String label;
  private final List<String> prefixes;
  private final String extension;

  BucketPurpose(String label, List<String> prefixes, String extension) {
    this.label = label;
    this.prefixes = prefixes;
    this.extension = extension;
  }

  String label() {
    return label;
  }

  List<String> prefixes() {
    return prefixes;
  }

  String extension() {
    return extension;
  }

  /** The buckets an account of this role keeps in each region, busiest first. */
  static List<BucketPurpose> forRole(AccountRole role) {
    return switch (role) {
      case PRODUCTION -> List.of(DATA_LAKE, USER_UPLOADS, APP_ASSETS, ACCESS_LOGS, BACKUPS);
      case DEVELOPMENT -> List.of(SCRATCH, BUILD_ARTIFACTS, TERRAFORM_STATE, APP_ASSETS);
      case SECURITY -> List.of(CLOUDTRAIL_LOGS, FINDINGS_ARCHIVE, ACCESS_LOGS);
    };
  }
}
