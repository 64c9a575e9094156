package dev.eventlake.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventlake.query.engine.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Query result values as typed JSON: numbers as numbers (non-finite doubles as the strings {@code NaN},
 * {@code Infinity}, {@code -Infinity}), booleans as booleans, timestamps as ISO-8601 UTC strings, dates as
 * {@code YYYY-MM-DD}, maps and rows as objects, arrays as arrays, SQL NULL as null. CSV cells are the same values as
 * text, with maps, arrays and rows as compact JSON and NULL as an empty cell.
 */
final class ResultValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private ResultValues() {}

  static JsonNode node(Object value, ColumnType type) {
    if (value == null) {
      return NODES.nullNode();
    }
    return switch (type.kind()) {
      case STRING, OTHER -> NODES.textNode(value.toString());
      case BOOLEAN -> NODES.booleanNode((Boolean) value);
      case INTEGER, BIGINT -> NODES.numberNode(((Number) value).longValue());
      case DOUBLE -> doubleNode(((Number) value).doubleValue());
      case DECIMAL -> NODES.numberNode((BigDecimal) value);
      case TIMESTAMP -> NODES.textNode(((Instant) value).toString());
      case DATE -> NODES.textNode(value.toString());
      case MAP -> mapNode((Map<?, ?>) value, type);
      case ARRAY -> arrayNode((List<?>) value, type.children().get(0));
      case ROW -> rowNode((List<?>) value, type);
    };
  }

  /** The value as one CSV cell, before quoting. */
  static String cell(Object value, ColumnType type) {
    JsonNode node = node(value, type);
    if (node.isNull()) {
      return "";
    }
    if (node instanceof DecimalNode decimal) {
      return decimal.decimalValue().toPlainString();
    }
    return node.isContainerNode() ? node.toString() : node.asText();
  }

  private static JsonNode doubleNode(double value) {
    return Double.isFinite(value) ? NODES.numberNode(value) : NODES.textNode(Double.toString(value));
  }

  private static ObjectNode mapNode(Map<?, ?> map, ColumnType type) {
    ObjectNode node = NODES.objectNode();
    ColumnType keyType = type.children().get(0);
    ColumnType valueType = type.children().get(1);
    map.forEach((key, entry) -> node.set(cell(key, keyType), node(entry, valueType)));
    return node;
  }

  private static ArrayNode arrayNode(List<?> elements, ColumnType elementType) {
    ArrayNode node = NODES.arrayNode();
    elements.forEach(element -> node.add(node(element, elementType)));
    return node;
  }

  private static ObjectNode rowNode(List<?> fields, ColumnType type) {
    ObjectNode node = NODES.objectNode();
    for (int index = 0; index < type.fieldNames().size(); index++) {
      Object field = index < fields.size() ? fields.get(index) : null;
      node.set(type.fieldNames().get(index), node(field, type.children().get(index)));
    }
    return node;
  }
}
