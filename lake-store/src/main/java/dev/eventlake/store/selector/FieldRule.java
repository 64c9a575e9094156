package dev.eventlake.store.selector;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What one field may hold in the selectors of one event category: its operators, whether it is required,
 * whether each operator takes exactly one value, and which values are allowed.
 */
record FieldRule(
    SelectorField field,
    Set<SelectorOperator> operators,
    boolean required,
    boolean singleValue,
    Predicate<String> valueAllowed,
    String expectedValues) {

  FieldRule {
    operators = Set.copyOf(operators);
  }

  /** An optional field that takes every operator and any value. */
  static FieldRule anyOperator(SelectorField field) {
    return new FieldRule(field, EnumSet.allOf(SelectorOperator.class), false, false, value -> true, "any value");
  }

  /** An optional field restricted to the given operators, taking any value. */
  static FieldRule onlyOperators(SelectorField field, SelectorOperator first, SelectorOperator... rest) {
    return new FieldRule(field, EnumSet.of(first, rest), false, false, value -> true, "any value");
  }

  /** This rule, with the field required in every selector of the category. */
  FieldRule asRequired() {
    return new FieldRule(field, operators, true, singleValue, valueAllowed, expectedValues);
  }

  /** This rule, with every operator limited to exactly one value. */
  FieldRule asSingleValued() {
    return new FieldRule(field, operators, required, true, valueAllowed, expectedValues);
  }

  /** This rule, with values limited to those the predicate accepts, described for error messages. */
  FieldRule allowingValues(String description, Predicate<String> allowed) {
    return new FieldRule(field, operators, required, singleValue, allowed, description);
  }

  /** This rule, with values limited to the given ones. */
  FieldRule allowingValues(List<String> allowed) {
    return allowingValues(String.join(" or ", allowed), allowed::contains);
  }

  /** {@code the Equals operator} or {@code the Equals and NotEquals operators}, for error messages. */
  String describeOperators() {
    List<String> names =
        operators.stream().sorted().map(SelectorOperator::wireName).collect(Collectors.toList());
    String joined = String.join(" and ", names);
    return names.size() == 1 ? "the " + joined + " operator" : "the " + joined + " operators";
  }
}
