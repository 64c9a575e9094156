package dev.eventlake.store.selector;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventResource;
import java.util.Arrays;
import java.util.List;

/** One advanced event selector compiled for matching: its event-level and its per-resource conditions. */
final class CompiledSelector {
  private final FieldCondition[] eventConditions;
  private final FieldCondition[] resourceConditions;

  CompiledSelector(AdvancedEventSelector selector) {
    FieldCondition[] conditions =
        selector.fieldSelectors().stream().map(FieldCondition::compile).toArray(FieldCondition[]::new);
    this.eventConditions = filter(conditions, false);
    this.resourceConditions = filter(conditions, true);
  }

  /**
   * Whether every event-level condition holds and, when the selector has {@code resources.*} conditions, at
   * least one resource of the event meets all of them.
   */
  boolean matches(CloudTrailEvent event) {
    for (FieldCondition condition : eventConditions) {
      if (!condition.holdsFor(event)) {
        return false;
      }
    }
    return resourceConditions.length == 0 || anyResourceMatches(event.resources());
  }

  private boolean anyResourceMatches(List<EventResource> resources) {
    if (resources == null) {
      return false;
    }
    for (int index = 0; index < resources.size(); index++) {
      EventResource resource = resources.get(index);
      if (resource != null && resourceMatches(resource)) {
        return true;
      }
    }
    return false;
  }

  private boolean resourceMatches(EventResource resource) {
    for (FieldCondition condition : resourceConditions) {
      if (!condition.holdsFor(resource)) {
        return false;
      }
    }
    return true;
  }

  private static FieldCondition[] filter(FieldCondition[] conditions, boolean resourceConditions) {
    return Arrays.stream(conditions)
        .filter(condition -> condition.isResourceCondition() == resourceConditions)
        .toArray(FieldCondition[]::new);
  }
}
