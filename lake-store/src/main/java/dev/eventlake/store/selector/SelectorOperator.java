package dev.eventlake.store.selector;

import java.util.List;
import java.util.function.Function;

/**
 * The six operators of an advanced field selector. Inclusion operators hold when any of their values matches;
 * exclusion operators ({@code Not*}) hold when none does.
 */
enum SelectorOperator {
  EQUALS("Equals", Comparison.EXACT, false, AdvancedFieldSelector::equalsValues),
  STARTS_WITH("StartsWith", Comparison.PREFIX, false, AdvancedFieldSelector::startsWith),
  ENDS_WITH("EndsWith", Comparison.SUFFIX, false, AdvancedFieldSelector::endsWith),
  NOT_EQUALS("NotEquals", Comparison.EXACT, true, AdvancedFieldSelector::notEquals),
  NOT_STARTS_WITH("NotStartsWith", Comparison.PREFIX, true, AdvancedFieldSelector::notStartsWith),
  NOT_ENDS_WITH("NotEndsWith", Comparison.SUFFIX, true, AdvancedFieldSelector::notEndsWith);

  /** How one candidate string is compared with one operator value. */
  enum Comparison {
    EXACT,
    PREFIX,
    SUFFIX
  }

  private final String wireName;
  private final Comparison comparison;
  private final boolean exclusion;
  private final Function<AdvancedFieldSelector, List<String>> values;

  SelectorOperator(
      String wireName,
      Comparison comparison,
      boolean exclusion,
      Function<AdvancedFieldSelector, List<String>> values) {
    this.wireName = wireName;
    this.comparison = comparison;
    this.exclusion = exclusion;
    this.values = values;
  }

  /** The operator name exactly as it appears on the wire. */
  String wireName() {
    return wireName;
  }

  Comparison comparison() {
    return comparison;
  }

  /** True for {@code NotEquals}, {@code NotStartsWith} and {@code NotEndsWith}. */
  boolean isExclusion() {
    return exclusion;
  }

  /** This operator's value list in the field selector, or null when the operator is absent. */
  List<String> valuesIn(AdvancedFieldSelector fieldSelector) {
    return values.apply(fieldSelector);
  }
}
