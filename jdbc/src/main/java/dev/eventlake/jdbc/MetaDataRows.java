package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rows of metadata result sets built from Java values, and the LIKE patterns metadata calls filter names with. */
final class MetaDataRows {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MetaDataRows() {}

  /** One row: Strings, Integers and Booleans as typed values, null as SQL NULL. */
  static List<JsonNode> row(Object... values) {
    List<JsonNode> row = new ArrayList<>(values.length);
    for (Object value : values) {
      if (value == null) {
        row.add(NODES.nullNode());
      } else if (value instanceof Integer number) {
        row.add(NODES.numberNode(number));
      } else if (value instanceof Boolean bool) {
        row.add(NODES.booleanNode(bool));
      } else {
        row.add(NODES.textNode(value.toString()));
      }
    }
    return row;
  }

  /**
   * Whether {@code value} matches the JDBC search {@code pattern}: {@code %} for any text, {@code _} for one
   * character, {@code \} escaping either; null matches everything. A null value (no catalog, no schema) is the
   * empty text.
   */
  static boolean matches(String pattern, String value) {
    if (pattern == null) {
      return true;
    }
    return like(pattern).matcher(value == null ? "" : value).matches();
  }

  /** Case-insensitive, as the SQL's identifiers are. */
  private static Pattern like(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int index = 0; index < pattern.length(); index++) {
      char character = pattern.charAt(index);
      if (character == '\\' && index + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++index))));
      } else if (character == '%') {
        regex.append(".*");
      } else if (character == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(character)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  /** Whether a table filter of {@code catalog} and {@code schemaPattern} keeps tables without catalog or schema. */
  static boolean keepsNoNamespace(String catalog, String schemaPattern) {
    return (catalog == null || catalog.isEmpty()) && matches(schemaPattern, "");
  }

  /** Whether {@code types} (null for all) asks for tables of type TABLE. */
  static boolean asksForTables(String[] types) {
    if (types == null) {
      return true;
    }
    for (String type : types) {
      if (type != null && type.toUpperCase(Locale.ROOT).equals("TABLE")) {
        return true;
      }
    }
    return false;
  }
}
