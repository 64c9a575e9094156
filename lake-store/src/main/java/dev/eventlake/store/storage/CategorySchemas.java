package dev.eventlake.store.storage;

import dev.eventlake.store.selector.EventCategory;
import java.util.List;
import java.util.Set;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * The columns a store's table shows, by the category of events it holds (user guide, "supported event schemas").
 * Every store's files share {@link EventSchema#SCHEMA}; these are views of it with the same field types, so a column
 * path of a view is also a path of the file schema.
 */
public final class CategorySchemas {
  /** The Lake columns of Management, Data and NetworkActivity stores: all but the ActivityAuditLog structs. */
  public static final MessageType CLOUDTRAIL_EVENTS = new MessageType("cloudtrail_event",
      EventSchema.SCHEMA.getFields().stream()
          .filter(field -> !field.getName().equals("metadata") && !field.getName().equals("eventData"))
          .toList());

  /** The columns of an ActivityAuditLog store, in the user guide's order. */
  public static final MessageType ACTIVITY_AUDIT_LOG = view("activity_audit_log_event", List.of("eventVersion",
      "eventCategory", "eventType", "eventID", "eventTime", "awsRegion", "recipientAccountId", "addendum", "metadata",
      "eventData"));

  private CategorySchemas() {}

  /**
   * The columns of a store selecting {@code categories}: the ActivityAuditLog view for ActivityAuditLog stores (which
   * hold that category alone), the CloudTrail-events columns for every other store.
   */
  public static MessageType forCategories(Set<EventCategory> categories) {
    return categories.contains(EventCategory.ACTIVITY_AUDIT_LOG) ? ACTIVITY_AUDIT_LOG : CLOUDTRAIL_EVENTS;
  }

  private static MessageType view(String name, List<String> columns) {
    List<Type> fields = columns.stream().map(column -> EventSchema.SCHEMA.getType(column)).toList();
    return new MessageType(name, fields);
  }
}
