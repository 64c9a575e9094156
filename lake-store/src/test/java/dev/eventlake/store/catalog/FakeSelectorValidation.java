package dev.eventlake.store.catalog;

import static dev.eventlake.store.error.ErrorCode.INVALID_EVENT_SELECTORS;

import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.AdvancedFieldSelector;
import dev.eventlake.store.selector.EventCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Stand-in for SelectorValidator: every selector needs {@code eventCategory Equals <known category>}. */
final class FakeSelectorValidation implements SelectorValidation {
  private int calls;

  @Override
  public Set<EventCategory> validate(List<AdvancedEventSelector> selectors) {
    calls++;
    Set<EventCategory> categories = EnumSet.noneOf(EventCategory.class);
    for (AdvancedEventSelector selector : selectors) {
      categories.addAll(categoriesOf(selector));
    }
    return categories;
  }

  /** How often {@link #validate} ran. */
  int calls() {
    return calls;
  }

  /** The selectors SelectorValidator will hand out for stores created without any. */
  static List<AdvancedEventSelector> defaultSelectors() {
    return List.of(selector("Default management events", EventCategory.MANAGEMENT));
  }

  /** A selector admitting exactly these categories. */
  static AdvancedEventSelector selector(String name, EventCategory... categories) {
    String[] wireNames = EnumSet.of(categories[0], categories).stream().map(EventCategory::wireName)
        .toArray(String[]::new);
    return new AdvancedEventSelector(name, List.of(AdvancedFieldSelector.equalTo("eventCategory", wireNames)));
  }

  private static Set<EventCategory> categoriesOf(AdvancedEventSelector selector) {
    Set<EventCategory> categories = EnumSet.noneOf(EventCategory.class);
    for (AdvancedFieldSelector field : selector.fieldSelectors()) {
      if (field.field().equals("eventCategory") && field.equalsValues() != null) {
        for (String value : field.equalsValues()) {
          categories.add(EventCategory.fromWireName(value).orElseThrow(() -> LakeException.of(
              INVALID_EVENT_SELECTORS, "fake: unknown eventCategory '%s'", value)));
        }
      }
    }
    if (categories.isEmpty()) {
      throw LakeException.of(INVALID_EVENT_SELECTORS, "fake: selector '%s' has no eventCategory Equals condition",
          selector.name());
    }
    return categories;
  }
}
