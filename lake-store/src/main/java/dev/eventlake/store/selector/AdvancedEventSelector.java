package dev.eventlake.store.selector;

import java.util.List;

/** An advanced event selector: an event matches when every one of its field selectors matches. */
public record AdvancedEventSelector(String name, List<AdvancedFieldSelector> fieldSelectors) {
  public AdvancedEventSelector {
    fieldSelectors = fieldSelectors == null ? List.of() : List.copyOf(fieldSelectors);
  }
}
