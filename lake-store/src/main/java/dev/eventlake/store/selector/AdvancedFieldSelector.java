package dev.eventlake.store.selector;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.List;

/**
 * A condition on one field. Inclusion lists ({@code equals}, {@code startsWith}, {@code endsWith}) match when any
 * value matches; exclusion lists ({@code not*}) match when no value matches; all present operators must hold.
 * A null list means the operator is absent.
 */
public record AdvancedFieldSelector(
    String field,
    List<String> equalsValues,
    List<String> startsWith,
    List<String> endsWith,
    List<String> notEquals,
    List<String> notStartsWith,
    List<String> notEndsWith) {

  public AdvancedFieldSelector {
    equalsValues = copy(equalsValues);
    startsWith = copy(startsWith);
    endsWith = copy(endsWith);
    notEquals = copy(notEquals);
    notStartsWith = copy(notStartsWith);
    notEndsWith = copy(notEndsWith);
  }

  /** A selector with only an {@code Equals} list. */
  public static AdvancedFieldSelector equalTo(String field, String... values) {
    return new AdvancedFieldSelector(field, List.of(values), null, null, null, null, null);
  }

  private static List<String> copy(List<String> values) {
    if (values == null) {
      return null;
    }
    if (values.stream().anyMatch(java.util.Objects::isNull)) {
      throw LakeException.of(ErrorCode.INVALID_EVENT_SELECTORS, "an advanced field selector operator list contains "
          + "null; give strings only");
    }
    return List.copyOf(values);
  }
}
