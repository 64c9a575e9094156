package dev.eventlake.query.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Trino's JSON functions as UDFs over VARCHAR (JSON values are carried as their text): {@code json_extract_scalar},
 * {@code json_extract}, {@code json_parse}, {@code json_format}, {@code json_size}, {@code json_array_length},
 * {@code json_array_get}, {@code json_array_contains}, {@code is_json_scalar}. Text that is not JSON yields NULL.
 */
public final class JsonFunctions {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonFunctions() {}

  /** {@code json_extract_scalar(json, path)}: the scalar at {@code path} as text, NULL for objects and arrays. */
  public static String jsonExtractScalar(String json, String path) {
    JsonNode node = select(json, path);
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    return node.asText();
  }

  /** {@code json_extract(json, path)}: the JSON value at {@code path}, as JSON text. */
  public static String jsonExtract(String json, String path) {
    JsonNode node = select(json, path);
    return node == null ? null : node.toString();
  }

  /** {@code json_parse(text)}: the JSON value of {@code text}, in canonical text form. */
  public static String jsonParse(String text) {
    JsonNode node = parse(text);
    if (node == null && text != null) {
      throw new IllegalArgumentException("Cannot convert value to JSON: '" + text + "'");
    }
    return node == null ? null : node.toString();
  }

  /** {@code json_format(json)}: the JSON text of a JSON value. */
  public static String jsonFormat(String json) {
    JsonNode node = parse(json);
    return node == null ? null : node.toString();
  }

  /** {@code json_array_length(json)}: the number of elements of a JSON array, NULL for anything else. */
  public static Long jsonArrayLength(String json) {
    JsonNode node = parse(json);
    return node != null && node.isArray() ? (long) node.size() : null;
  }

  /** {@code json_size(json, path)}: the number of members or elements at {@code path}, 0 for scalars. */
  public static Long jsonSize(String json, String path) {
    JsonNode node = select(json, path);
    return node == null ? null : (long) node.size();
  }

  /** {@code json_array_get(json, index)}: an array element as JSON text; negative indexes count from the end. */
  public static String jsonArrayGet(String json, long index) {
    JsonNode node = parse(json);
    if (node == null || !node.isArray()) {
      return null;
    }
    long position = index < 0 ? node.size() + index : index;
    JsonNode element = position < 0 ? null : node.get((int) position);
    return element == null ? null : element.toString();
  }

  /** {@code json_array_contains(json, text)}. */
  public static Boolean jsonArrayContainsText(String json, String value) {
    JsonNode node = parse(json);
    if (node == null || !node.isArray() || value == null) {
      return null;
    }
    for (JsonNode element : node) {
      if (element.isTextual() && element.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** {@code json_array_contains(json, number)}. */
  public static Boolean jsonArrayContainsNumber(String json, long value) {
    JsonNode node = parse(json);
    if (node == null || !node.isArray()) {
      return null;
    }
    for (JsonNode element : node) {
      if (element.isIntegralNumber() && element.asLong() == value) {
        return true;
      }
    }
    return false;
  }

  /** {@code json_array_contains(json, boolean)}. */
  public static Boolean jsonArrayContainsBoolean(String json, boolean value) {
    JsonNode node = parse(json);
    if (node == null || !node.isArray()) {
      return null;
    }
    for (JsonNode element : node) {
      if (element.isBoolean() && element.asBoolean() == value) {
        return true;
      }
    }
    return false;
  }

  /** {@code is_json_scalar(json)}: whether the value is a number, string, boolean or null. */
  public static Boolean isJsonScalar(String json) {
    JsonNode node = parse(json);
    return node == null ? null : !node.isContainerNode();
  }

  private static JsonNode select(String json, String path) {
    if (json == null || path == null) {
      return null;
    }
    JsonNode root = parse(json);
    return root == null ? null : JsonPath.parse(path).select(root);
  }

  private static JsonNode parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }
}
