package dev.eventlake.store.selector;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventResource;
import dev.eventlake.store.event.UserIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link CloudTrailEvent} records for tests, setting only the members selectors read. */
final class TestEvents {
  private static final Instant EVENT_TIME = Instant.parse("2026-11-21T12:00:00Z");

  private final String eventCategory;
  private String eventSource;
  private String eventName;
  private String eventType;
  private Boolean readOnly;
  private String sessionCredentialFromConsole;
  private String userArn;
  private String errorCode;
  private String vpcEndpointId;
  private List<EventResource> resources;

  private TestEvents(String eventCategory) {
    this.eventCategory = eventCategory;
  }

  /** A management event with no other member set. */
  static TestEvents managementEvent() {
    return new TestEvents("Management");
  }

  /** A data event with no resources. */
  static TestEvents dataEvent() {
    return new TestEvents("Data");
  }

  /** An event of any category, given by its wire name (null for none). */
  static TestEvents eventOfCategory(String eventCategory) {
    return new TestEvents(eventCategory);
  }

  TestEvents eventSource(String value) {
    eventSource = value;
    return this;
  }

  TestEvents eventName(String value) {
    eventName = value;
    return this;
  }

  TestEvents eventType(String value) {
    eventType = value;
    return this;
  }

  TestEvents readOnly(Boolean value) {
    readOnly = value;
    return this;
  }

  TestEvents sessionCredentialFromConsole(String value) {
    sessionCredentialFromConsole = value;
    return this;
  }

  TestEvents userArn(String value) {
    userArn = value;
    return this;
  }

  TestEvents errorCode(String value) {
    errorCode = value;
    return this;
  }

  TestEvents vpcEndpointId(String value) {
    vpcEndpointId = value;
    return this;
  }

  /** Appends one resource; without any call the event has no resources list at all. */
  TestEvents resource(String type, String arn) {
    if (resources == null) {
      resources = new ArrayList<>();
    }
    resources.add(new EventResource("123456789012", type, arn, null));
    return this;
  }

  /** Gives the event an empty resources list. */
  TestEvents emptyResources() {
    resources = new ArrayList<>();
    return this;
  }

  CloudTrailEvent build() {
    UserIdentity userIdentity =
        userArn == null
            ? null
            : new UserIdentity("IAMUser", "AIDA", userArn, "123456789012", null, null, null, null, null, null, null,
                null);
    return new CloudTrailEvent(
        "1.09", userIdentity, EVENT_TIME, eventSource, eventName, "us-east-1", "192.0.2.1", "test", errorCode, null,
        null, null, null, "request-1", "event-1", readOnly, resources == null ? null : List.copyOf(resources),
        eventType, null, null, "123456789012", null, null, vpcEndpointId, null, null, null, null, null,
        eventCategory, null, sessionCredentialFromConsole, "{}", null, null, null);
  }
}
