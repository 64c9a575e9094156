package dev.eventlake.store.generate;

/** The kind of caller, as recorded in {@code userIdentity.type}. */
enum IdentityKind {
  IAM_USER("IAMUser"),
  ASSUMED_ROLE("AssumedRole"),
  ROOT("Root"),
  AWS_SERVICE("AWSService");

  private final String typeName;

  IdentityKind(String typeName) {
    this.typeName = typeName;
  }

  String typeName() {
    return typeName;
  }
}
