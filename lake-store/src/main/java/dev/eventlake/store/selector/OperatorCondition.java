package dev.eventlake.store.selector;

import dev.eventlake.store.selector.SelectorOperator.Comparison;
import java.util.List;
import java.util.Set;

/** One operator of a field selector compiled for matching: its values, ready to test field values. */
final class OperatorCondition {
  private final Comparison comparison;
  private final boolean exclusion;
  private final Set<String> exactValues;
  private final String[] affixes;

  OperatorCondition(SelectorOperator operator, List<String> values) {
    this.comparison = operator.comparison();
    this.exclusion = operator.isExclusion();
    this.exactValues = comparison == Comparison.EXACT ? Set.copyOf(values) : Set.of();
    this.affixes = comparison == Comparison.EXACT ? new String[0] : values.toArray(String[]::new);
  }

  /**
   * Whether the operator holds for a field value: inclusion operators need one matching value, exclusion
   * operators need none. A null field value matches no value, so only exclusion operators hold for it.
   */
  boolean holdsFor(String fieldValue) {
    if (fieldValue == null) {
      return exclusion;
    }
    return anyValueMatches(fieldValue) != exclusion;
  }

  private boolean anyValueMatches(String fieldValue) {
    return switch (comparison) {
      case EXACT -> exactValues.contains(fieldValue);
      case PREFIX -> startsWithAnyAffix(fieldValue);
      case SUFFIX -> endsWithAnyAffix(fieldValue);
    };
  }

  private boolean startsWithAnyAffix(String fieldValue) {
    for (String prefix : affixes) {
      if (fieldValue.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithAnyAffix(String fieldValue) {
    for (String suffix : affixes) {
      if (fieldValue.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
