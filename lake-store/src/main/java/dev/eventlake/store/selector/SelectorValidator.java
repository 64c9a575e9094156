package dev.eventlake.store.selector;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates the advanced event selectors of an event data store (API reference, section 4) and tells which
 * event categories they select. Every fault is an {@code InvalidEventSelectorsException} naming, where it can, the
 * selector, field and operator at fault.
 */
public final class SelectorValidator {
  private static final int MAX_SELECTORS = 5;
  private static final int MAX_TOTAL_VALUES = 500;
  private static final String DEFAULT_SELECTOR_NAME = "Default management events";

  private SelectorValidator() {}

  /**
   * Validates 1..5 selectors and returns the categories they select, e.g. {MANAGEMENT, DATA}. An empty list is
   * invalid here; callers substitute {@link #defaultSelectors()} when a request gives none.
   *
   * @throws LakeException with {@link ErrorCode#INVALID_EVENT_SELECTORS} at the first fault found
   */
  public static Set<EventCategory> validate(List<AdvancedEventSelector> selectors) {
    checkSelectorCount(selectors);
    List<EventCategory> categories = new ArrayList<>();
    for (int index = 0; index < selectors.size(); index++) {
      categories.add(validateSelector(selectors.get(index), new SelectorLocation(nameAt(selectors, index), index + 1)));
    }
    checkTotalValues(selectors);
    checkCategoryMix(selectors, categories);
    return Set.copyOf(EnumSet.copyOf(categories));
  }

  /** The selector a store gets when created without any: all management events. */
  public static List<AdvancedEventSelector> defaultSelectors() {
    AdvancedFieldSelector management =
        AdvancedFieldSelector.equalTo(SelectorField.EVENT_CATEGORY.wireName(), EventCategory.MANAGEMENT.wireName());
    return List.of(new AdvancedEventSelector(DEFAULT_SELECTOR_NAME, List.of(management)));
  }

  private static void checkSelectorCount(List<AdvancedEventSelector> selectors) {
    if (selectors == null || selectors.isEmpty()) {
      throw new LakeException(
          ErrorCode.INVALID_EVENT_SELECTORS, "At least one advanced event selector is required");
    }
    if (selectors.size() > MAX_SELECTORS) {
      throw new SelectorLocation(nameAt(selectors, MAX_SELECTORS), MAX_SELECTORS + 1)
          .error("at most %d advanced event selectors are allowed, got %d", MAX_SELECTORS, selectors.size());
    }
  }

  private static EventCategory validateSelector(AdvancedEventSelector selector, SelectorLocation location) {
    if (selector == null) {
      throw location.error("selector is null");
    }
    SelectorStructure.check(selector, location);
    EventCategory category = categoryOf(selector, location);
    CategoryFieldRules.forCategory(category).check(selector, location);
    return category;
  }

  /** The category named by the selector's one {@code eventCategory Equals} condition. */
  private static EventCategory categoryOf(AdvancedEventSelector selector, SelectorLocation location) {
    String fieldName = SelectorField.EVENT_CATEGORY.wireName();
    AdvancedFieldSelector categorySelector =
        selector.fieldSelectors().stream()
            .filter(fieldSelector -> fieldName.equals(fieldSelector.field()))
            .findFirst()
            .orElseThrow(() -> location.error(
                "field %s is required; give it the Equals operator with one of %s", fieldName, knownCategories()));
    for (SelectorOperator operator : SelectorOperator.values()) {
      if (operator != SelectorOperator.EQUALS && operator.valuesIn(categorySelector) != null) {
        throw location.error("field %s allows only the Equals operator, got %s", fieldName, operator.wireName());
      }
    }
    List<String> values = categorySelector.equalsValues();
    if (values.size() != 1) {
      throw location.error("field %s operator Equals must have exactly one value, got %d", fieldName, values.size());
    }
    return EventCategory.fromWireName(values.get(0))
        .orElseThrow(() -> location.error(
            "field %s operator Equals has unknown category \"%s\"; expected one of %s",
            fieldName, values.get(0), knownCategories()));
  }

  private static void checkTotalValues(List<AdvancedEventSelector> selectors) {
    int total = 0;
    for (int index = 0; index < selectors.size(); index++) {
      for (AdvancedFieldSelector fieldSelector : selectors.get(index).fieldSelectors()) {
        for (SelectorOperator operator : SelectorOperator.values()) {
          List<String> values = operator.valuesIn(fieldSelector);
          total += values == null ? 0 : values.size();
          if (total > MAX_TOTAL_VALUES) {
            throw new SelectorLocation(nameAt(selectors, index), index + 1).error(
                "field %s operator %s exceeds the limit of %d values in total across all selectors",
                fieldSelector.field(), operator.wireName(), MAX_TOTAL_VALUES);
          }
        }
      }
    }
  }

  /** Insight, ConfigurationItem, Evidence and ActivityAuditLog stores hold their one category alone. */
  private static void checkCategoryMix(List<AdvancedEventSelector> selectors, List<EventCategory> categories) {
    EventCategory first = categories.get(0);
    for (int index = 1; index < categories.size(); index++) {
      EventCategory category = categories.get(index);
      if (category != first && !(category.isCloudTrailEvents() && first.isCloudTrailEvents())) {
        throw new SelectorLocation(nameAt(selectors, index), index + 1).error(
            "field eventCategory operator Equals: %s events cannot be combined with %s events in one event data"
                + " store; only Management, Data and NetworkActivity selectors may be mixed",
            category.wireName(), first.wireName());
      }
    }
  }

  private static String nameAt(List<AdvancedEventSelector> selectors, int index) {
    AdvancedEventSelector selector = selectors.get(index);
    return selector == null ? null : selector.name();
  }

  private static String knownCategories() {
    return EnumSet.allOf(EventCategory.class).stream()
        .map(EventCategory::wireName)
        .collect(Collectors.joining(", "));
  }
}
