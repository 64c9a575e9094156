package dev.eventlake.store.selector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the shape of one selector that holds for every event category: name, fields, operators, values. */
final class SelectorStructure {
  /** The longest selector name allowed. */
  static final int MAX_NAME_LENGTH = 1000;
  private static final int MAX_FIELD_LENGTH = 1000;
  private static final int MAX_VALUE_LENGTH = 2048;
  private static final Pattern FIELD_NAME = Pattern.compile("[\\w.]+");

  private SelectorStructure() {}

  /** Throws {@code InvalidEventSelectorsException} at the first structural fault of the selector. */
  static void check(AdvancedEventSelector selector, SelectorLocation location) {
    if (selector.name() != null && selector.name().length() > MAX_NAME_LENGTH) {
      throw location.error(
          "name is %d characters long; at most %d are allowed", selector.name().length(), MAX_NAME_LENGTH);
    }
    List<AdvancedFieldSelector> fieldSelectors = selector.fieldSelectors();
    if (fieldSelectors.isEmpty()) {
      throw location.error("at least one field selector is required");
    }
    Set<String> seenFields = new HashSet<>();
    for (int index = 0; index < fieldSelectors.size(); index++) {
      AdvancedFieldSelector fieldSelector = fieldSelectors.get(index);
      checkFieldName(fieldSelector.field(), index + 1, location);
      checkOperators(fieldSelector, location);
      if (!seenFields.add(fieldSelector.field())) {
        throw location.error(
            "field %s appears more than once; put all its operators in one field selector", fieldSelector.field());
      }
    }
  }

  private static void checkFieldName(String field, int fieldPosition, SelectorLocation location) {
    if (field == null || field.isEmpty()) {
      throw location.error("field selector #%d has no field name", fieldPosition);
    }
    if (field.length() > MAX_FIELD_LENGTH) {
      throw location.error(
          "field selector #%d has a field name of %d characters; at most %d are allowed",
          fieldPosition, field.length(), MAX_FIELD_LENGTH);
    }
    if (!FIELD_NAME.matcher(field).matches()) {
      throw location.error(
          "field \"%s\" is not a valid field name; use letters, digits, '_' and '.' only", field);
    }
  }

  private static void checkOperators(AdvancedFieldSelector fieldSelector, SelectorLocation location) {
    boolean anyOperator = false;
    for (SelectorOperator operator : SelectorOperator.values()) {
      List<String> values = operator.valuesIn(fieldSelector);
      if (values != null) {
        anyOperator = true;
        checkValues(fieldSelector.field(), operator, values, location);
      }
    }
    if (!anyOperator) {
      throw location.error(
          "field %s has no operator; give at least one of Equals, StartsWith, EndsWith, NotEquals,"
              + " NotStartsWith, NotEndsWith",
          fieldSelector.field());
    }
  }

  private static void checkValues(
      String field, SelectorOperator operator, List<String> values, SelectorLocation location) {
    if (values.isEmpty()) {
      throw location.error("field %s operator %s has no values; give at least one", field, operator.wireName());
    }
    for (String value : values) {
      if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
        throw location.error(
            "field %s operator %s has a value of %d characters; values must be 1..%d characters long",
            field, operator.wireName(), value.length(), MAX_VALUE_LENGTH);
      }
    }
  }
}
