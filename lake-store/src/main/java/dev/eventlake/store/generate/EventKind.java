package dev.eventlake.store.generate;

/** How CloudTrail classifies an event: its {@code eventType}, {@code eventCategory} and management flag. */
enum EventKind {
  MANAGEMENT("AwsApiCall", "Management", true),
  DATA("AwsApiCall", "Data", false),
  SERVICE_EVENT("AwsServiceEvent", "Management", true),
  SIGN_IN("AwsConsoleSignIn", "Management", true);

  private final String eventType;
  private final String category;
  private final boolean management;

  EventKind(String eventType, String category, boolean management) {
    this.eventType = eventType;
    this.category = category;
    this.management = management;
  }

  String eventType() {
    return eventType;
  }

  String category() {
    return category;
  }

  boolean management() {
    return management;
  }
}
