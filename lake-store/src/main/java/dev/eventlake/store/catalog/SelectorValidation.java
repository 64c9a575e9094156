package dev.eventlake.store.catalog;

import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.EventCategory;
import java.util.List;
import java.util.Set;

/** Validates the advanced event selectors of an event data store; production passes SelectorValidator::validate. */
@FunctionalInterface
public interface SelectorValidation {
  /**
   * Checks the selectors against the per-category rules.
   *
   * @param selectors the store's selectors, never null or empty
   * @return the event categories the selectors admit
   * @throws dev.eventlake.store.error.LakeException with {@code INVALID_EVENT_SELECTORS} when they are not allowed
   */
  Set<EventCategory> validate(List<AdvancedEventSelector> selectors);
}
