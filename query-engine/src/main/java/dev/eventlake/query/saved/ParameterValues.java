package dev.eventlake.query.saved;

import java.util.List;
import java.util.Map;

/**
 * The values a run of a saved query gives for its parameters: by position (CloudTrail's {@code QueryParameters},
 * in declaration order) or by name (the command line's {@code --param name=value}). Missing values take defaults.
 *
 * @param positional values by declaration order, or empty
 * @param named values by parameter name, or empty
 */
public record ParameterValues(List<String> positional, Map<String, String> named) {
  public ParameterValues {
    positional = positional == null ? List.of() : List.copyOf(positional);
    named = named == null ? Map.of() : Map.copyOf(named);
  }

  /** No values: every parameter takes its default. */
  public static ParameterValues none() {
    return new ParameterValues(List.of(), Map.of());
  }

  public static ParameterValues positional(List<String> values) {
    return new ParameterValues(values, Map.of());
  }

  public static ParameterValues named(Map<String, String> values) {
    return new ParameterValues(List.of(), values);
  }
}
