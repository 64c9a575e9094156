package dev.eventlake.store.generate;

/** What an account of the synthetic organisation is used for; decides its resources and principals. */
enum AccountRole {
  PRODUCTION("prod"),
  DEVELOPMENT("dev"),
  SECURITY("security");

  private final String suffix;

  AccountRole(String suffix) {
    this.suffix = suffix;
  }

  /** Short name used in the account alias and resource names. */
  String suffix() {
    return suffix;
  }
}
