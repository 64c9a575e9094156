package dev.eventlake.store.selector;

import dev.eventlake.store.event.CloudTrailEvent;
import java.util.List;

/**
 * Decides whether an event is selected by an event data store's advanced event selectors.
 *
 * <p>Semantics: an event is selected when it matches any selector (OR); it matches a selector when every field
 * selector holds (AND); a field selector holds when every operator present holds (AND). {@code Equals},
 * {@code StartsWith} and {@code EndsWith} hold when any of their values matches the field; {@code NotEquals},
 * {@code NotStartsWith} and {@code NotEndsWith} hold when none does. Comparison is exact and case-sensitive.
 * {@code readOnly} reads as {@code "true"}/{@code "false"}. A missing (null) field value matches no value, so it
 * fails inclusion operators and passes exclusion operators.
 *
 * <p>Resources: CloudTrail evaluates {@code resources.type} and {@code resources.ARN} per resource, so all
 * {@code resources.*} field selectors of one selector are evaluated together against each resource of the event,
 * and they hold when at least one resource meets all of them. Thus {@code resources.ARN NotStartsWith X} selects
 * events that have at least one resource whose ARN does not start with X, and {@code resources.type Equals
 * AWS::S3::Object} plus {@code resources.ARN StartsWith arn:aws:s3:::bucket/} must be met by the same resource
 * (the object), not by the object and its bucket separately. An event without resources matches no selector
 * that has a {@code resources.*} field selector, whatever its operators.
 *
 * <p>Selectors are compiled once: field accessors and operator values are resolved in the constructor, and
 * {@link #matches} allocates nothing. The selectors are expected to have passed {@link SelectorValidator};
 * an empty list selects nothing. Instances are immutable and safe to share between threads.
 */
public final class SelectorMatcher {
  private final CompiledSelector[] selectors;

  /**
   * Compiles the selectors.
   *
   * @throws IllegalArgumentException if a field selector names a field that events do not have
   */
  public SelectorMatcher(List<AdvancedEventSelector> selectors) {
    this.selectors = selectors.stream().map(CompiledSelector::new).toArray(CompiledSelector[]::new);
  }

  /** Whether any selector selects the event. */
  public boolean matches(CloudTrailEvent event) {
    for (CompiledSelector selector : selectors) {
      if (selector.matches(event)) {
        return true;
      }
    }
    return false;
  }
}
