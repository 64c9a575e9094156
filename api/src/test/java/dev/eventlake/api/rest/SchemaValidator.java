package dev.eventlake.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks JSON values against the subset of JSON Schema the OpenAPI document uses: {@code $ref}, {@code type},
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code items}, {@code enum}, {@code format}
 * date-time, string lengths and patterns, numeric bounds. A keyword outside the subset is reported, so the document
 * cannot drift into schemas this check would silently pass.
 */
final class SchemaValidator {
  private static final Set<String> KNOWN = Set.of("$ref", "type", "properties", "required", "additionalProperties",
      "items", "enum", "format", "minLength", "maxLength", "pattern", "minimum", "maximum", "description");
  private final JsonNode document;

  SchemaValidator(JsonNode document) {
    this.document = document;
  }

  /** The problems of {@code value} against {@code schema}, each prefixed with its JSON path; empty when it fits. */
  List<String> validate(JsonNode value, JsonNode schema, String path) {
    List<String> problems = new ArrayList<>();
    check(value, schema, path, problems);
    return problems;
  }

  /** Keywords outside the supported subset anywhere in {@code schema}, and references that lead nowhere. */
  List<String> lint(JsonNode schema, String path) {
    List<String> problems = new ArrayList<>();
    if (schema.has("$ref")) {
      try {
        resolve(schema);
      } catch (IllegalStateException dangling) {
        problems.add(path + ": " + dangling.getMessage());
      }
    }
    for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
      String keyword = names.next();
      if (!KNOWN.contains(keyword)) {
        problems.add(path + ": unsupported keyword '" + keyword + "'");
      }
    }
    schema.path("properties").fields().forEachRemaining(property ->
        problems.addAll(lint(property.getValue(), path + ".properties." + property.getKey())));
    if (schema.path("items").isObject()) {
      problems.addAll(lint(schema.get("items"), path + ".items"));
    }
    if (schema.path("additionalProperties").isObject()) {
      problems.addAll(lint(schema.get("additionalProperties"), path + ".additionalProperties"));
    }
    return problems;
  }

  /** The schema a local {@code $ref} points to. */
  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      JsonNode target = document;
      for (String part : current.get("$ref").asText().substring(2).split("/")) {
        target = target.path(part);
      }
      if (target.isMissingNode()) {
        throw new IllegalStateException("dangling reference " + current.get("$ref").asText());
      }
      current = target;
    }
    return current;
  }

  private void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
    JsonNode resolved = resolve(schema);
    for (Iterator<String> names = resolved.fieldNames(); names.hasNext();) {
      String keyword = names.next();
      if (!KNOWN.contains(keyword)) {
        problems.add(path + ": the schema uses keyword '" + keyword + "', which this check does not know");
      }
    }
    if (resolved.has("type") && !hasType(value, resolved.get("type").asText())) {
      problems.add(path + ": expected " + resolved.get("type").asText() + ", got " + value.getNodeType());
      return;
    }
    if (resolved.has("enum") && !contains(resolved.get("enum"), value)) {
      problems.add(path + ": " + value + " is not one of " + resolved.get("enum"));
    }
    if (value.isTextual()) {
      checkString(value.asText(), resolved, path, problems);
    }
    if (value.isNumber()) {
      checkNumber(value.asDouble(), resolved, path, problems);
    }
    if (value.isObject()) {
      checkObject(value, resolved, path, problems);
    }
    if (value.isArray() && resolved.has("items")) {
      for (int index = 0; index < value.size(); index++) {
        check(value.get(index), resolved.get("items"), path + "[" + index + "]", problems);
      }
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String path, List<String> problems) {
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        problems.add(path + ": required member '" + required.asText() + "' is missing");
      }
    }
    JsonNode properties = schema.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (properties.has(field.getKey())) {
        check(field.getValue(), properties.get(field.getKey()), path + "." + field.getKey(), problems);
      } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
        problems.add(path + ": member '" + field.getKey() + "' is not documented");
      } else if (schema.path("additionalProperties").isObject()) {
        check(field.getValue(), schema.get("additionalProperties"), path + "." + field.getKey(), problems);
      }
    }
  }

  private static void checkString(String text, JsonNode schema, String path, List<String> problems) {
    if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()
        || schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
      problems.add(path + ": length " + text.length() + " is outside the documented bounds");
    }
    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
      problems.add(path + ": '" + text + "' does not match " + schema.get("pattern").asText());
    }
    if ("date-time".equals(schema.path("format").asText())) {
      try {
        OffsetDateTime.parse(text);
      } catch (DateTimeParseException notATime) {
        problems.add(path + ": '" + text + "' is not an RFC 3339 date-time");
      }
    }
  }

  private static void checkNumber(double number, JsonNode schema, String path, List<String> problems) {
    if (schema.has("minimum") && number < schema.get("minimum").asDouble()
        || schema.has("maximum") && number > schema.get("maximum").asDouble()) {
      problems.add(path + ": " + number + " is outside the documented bounds");
    }
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalStateException("unknown schema type " + type);
    };
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode candidate : values) {
      if (candidate.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
