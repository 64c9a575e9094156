package dev.eventlake.store.selector;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventResource;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields an advanced field selector may name, each with the accessor that reads its value from an event
 * (or, for {@code resources.*}, from one element of the event's resources list). A missing value reads as null.
 */
enum SelectorField {
  EVENT_CATEGORY("eventCategory", CloudTrailEvent::eventCategory),
  EVENT_SOURCE("eventSource", CloudTrailEvent::eventSource),
  EVENT_NAME("eventName", CloudTrailEvent::eventName),
  EVENT_TYPE("eventType", CloudTrailEvent::eventType),
  READ_ONLY("readOnly", SelectorField::readOnlyText),
  SESSION_CREDENTIAL_FROM_CONSOLE("sessionCredentialFromConsole", CloudTrailEvent::sessionCredentialFromConsole),
  USER_IDENTITY_ARN("userIdentity.arn", SelectorField::userIdentityArn),
  ERROR_CODE("errorCode", CloudTrailEvent::errorCode),
  VPC_ENDPOINT_ID("vpcEndpointId", CloudTrailEvent::vpcEndpointId),
  RESOURCES_TYPE("resources.type", null, EventResource::type),
  RESOURCES_ARN("resources.ARN", null, EventResource::arn);

  private final String wireName;
  private final Function<CloudTrailEvent, String> eventValue;
  private final Function<EventResource, String> resourceValue;

  SelectorField(String wireName, Function<CloudTrailEvent, String> eventValue) {
    this(wireName, eventValue, null);
  }

  SelectorField(
      String wireName, Function<CloudTrailEvent, String> eventValue, Function<EventResource, String> resourceValue) {
    this.wireName = wireName;
    this.eventValue = eventValue;
    this.resourceValue = resourceValue;
  }

  /** The field name exactly as it appears in {@code AdvancedFieldSelector.Field}. */
  String wireName() {
    return wireName;
  }

  /** True for {@code resources.type} and {@code resources.ARN}, which are read per resource. */
  boolean isResourceField() {
    return resourceValue != null;
  }

  /** The value of this (non-resource) field in the event, or null when the event has none. */
  String valueOf(CloudTrailEvent event) {
    return eventValue.apply(event);
  }

  /** The value of this resource field in one resource, or null when the resource has none. */
  String valueOf(EventResource resource) {
    return resourceValue.apply(resource);
  }

  /** Looks up a field by its exact, case-sensitive wire name. */
  static Optional<SelectorField> fromWireName(String name) {
    return Arrays.stream(values()).filter(field -> field.wireName.equals(name)).findFirst();
  }

  private static String readOnlyText(CloudTrailEvent event) {
    Boolean readOnly = event.readOnly();
    return readOnly == null ? null : Boolean.toString(readOnly);
  }

  private static String userIdentityArn(CloudTrailEvent event) {
    return event.userIdentity() == null ? null : event.userIdentity().arn();
  }
}
