package dev.eventlake.query.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Trino's map and array functions over the event schema's {@code MAP<VARCHAR, VARCHAR>} and {@code ARRAY<VARCHAR>}
 * values: {@code map_keys}, {@code map_values}, {@code split}, {@code contains}.
 */
public final class CollectionFunctions {
  private CollectionFunctions() {}

  /** {@code map_keys(map)}. */
  public static List<String> mapKeys(Map<String, String> map) {
    return map == null ? null : new ArrayList<>(map.keySet());
  }

  /** {@code map_values(map)}. */
  public static List<String> mapValues(Map<String, String> map) {
    return map == null ? null : new ArrayList<>(map.values());
  }

  /** {@code split(text, delimiter)}: every piece, empty ones included. */
  public static List<String> split(String text, String delimiter) {
    if (text == null || delimiter == null) {
      return null;
    }
    if (delimiter.isEmpty()) {
      throw new IllegalArgumentException("The delimiter of split must not be empty");
    }
    return List.of(text.split(Pattern.quote(delimiter), -1));
  }

  /** {@code contains(array, value)}: NULL when the value is absent and the array holds a NULL, as in Trino. */
  public static Boolean contains(List<String> array, String value) {
    if (array == null || value == null) {
      return null;
    }
    if (array.contains(value)) {
      return true;
    }
    return array.contains(null) ? null : false;
  }
}
