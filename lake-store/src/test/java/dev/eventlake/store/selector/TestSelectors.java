package dev.eventlake.store.selector;

import java.util.Arrays;
import java.util.List;

/** Builds advanced event selectors for tests; operators are named by their wire names. */
final class TestSelectors {
  private TestSelectors() {}

  /** A named selector. */
  static AdvancedEventSelector selector(String name, AdvancedFieldSelector... fields) {
    return new AdvancedEventSelector(name, List.of(fields));
  }

  /** An unnamed selector. */
  static AdvancedEventSelector unnamed(AdvancedFieldSelector... fields) {
    return new AdvancedEventSelector(null, List.of(fields));
  }

  /** {@code eventCategory Equals category}. */
  static AdvancedFieldSelector category(String category) {
    return AdvancedFieldSelector.equalTo("eventCategory", category);
  }

  /** A field selector with no operator at all. */
  static AdvancedFieldSelector bare(String field) {
    return new AdvancedFieldSelector(field, null, null, null, null, null, null);
  }

  /** A field selector with one operator. */
  static AdvancedFieldSelector field(String field, String operator, String... values) {
    return with(bare(field), operator, values);
  }

  /** The field selector with one more operator (replacing that operator's values if already present). */
  static AdvancedFieldSelector with(AdvancedFieldSelector base, String operator, String... values) {
    List<String> list = Arrays.asList(values);
    return switch (operator) {
      case "Equals" -> new AdvancedFieldSelector(base.field(), list, base.startsWith(), base.endsWith(),
          base.notEquals(), base.notStartsWith(), base.notEndsWith());
      case "StartsWith" -> new AdvancedFieldSelector(base.field(), base.equalsValues(), list, base.endsWith(),
          base.notEquals(), base.notStartsWith(), base.notEndsWith());
      case "EndsWith" -> new AdvancedFieldSelector(base.field(), base.equalsValues(), base.startsWith(), list,
          base.notEquals(), base.notStartsWith(), base.notEndsWith());
      case "NotEquals" -> new AdvancedFieldSelector(base.field(), base.equalsValues(), base.startsWith(),
          base.endsWith(), list, base.notStartsWith(), base.notEndsWith());
      case "NotStartsWith" -> new AdvancedFieldSelector(base.field(), base.equalsValues(), base.startsWith(),
          base.endsWith(), base.notEquals(), list, base.notEndsWith());
      case "NotEndsWith" -> new AdvancedFieldSelector(base.field(), base.equalsValues(), base.startsWith(),
          base.endsWith(), base.notEquals(), base.notStartsWith(), list);
      default -> throw new IllegalArgumentException("unknown operator " + operator);
    };
  }
}
