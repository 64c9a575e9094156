package dev.eventlake.query.sql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON path subset Trino's JSON functions accept: {@code $}, {@code .name}, {@code ["name"]} or
 * {@code ['name']}, and {@code [index]} (0-based), in any sequence.
 */
final class JsonPath {
  private final List<Object> steps;

  private JsonPath(List<Object> steps) {
    this.steps = steps;
  }

  /** Parses {@code path}; throws {@link IllegalArgumentException} with the reason when it is not valid. */
  static JsonPath parse(String path) {
    String text = path.trim();
    if (!text.startsWith("$")) {
      throw new IllegalArgumentException("Invalid JSON path '" + path + "': it must start with $");
    }
    List<Object> steps = new ArrayList<>();
    int position = 1;
    while (position < text.length()) {
      char character = text.charAt(position);
      if (character == '.') {
        int end = position + 1;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        steps.add(text.substring(position + 1, end));
        position = end;
      } else if (character == '[') {
        int end = text.indexOf(']', position);
        if (end < 0) {
          throw new IllegalArgumentException("Invalid JSON path '" + path + "': missing ]");
        }
        steps.add(subscript(text.substring(position + 1, end).trim(), path));
        position = end + 1;
      } else {
        throw new IllegalArgumentException("Invalid JSON path '" + path + "' at '" + text.substring(position) + "'");
      }
    }
    return new JsonPath(steps);
  }

  private static Object subscript(String inside, String path) {
    if (inside.length() >= 2 && (inside.charAt(0) == '"' || inside.charAt(0) == '\'')) {
      return inside.substring(1, inside.length() - 1);
    }
    try {
      return Integer.parseInt(inside);
    } catch (NumberFormatException notIndex) {
      throw new IllegalArgumentException("Invalid JSON path '" + path + "': bad subscript [" + inside + "]");
    }
  }

  /** The node the path selects in {@code root}, or null when it selects nothing. */
  JsonNode select(JsonNode root) {
    JsonNode current = root;
    for (Object step : steps) {
      if (current == null) {
        return null;
      }
      current = step instanceof Integer index ? (current.isArray() ? current.get(index) : null)
          : (current.isObject() ? current.get((String) step) : null);
    }
    return current;
  }
}
