package dev.eventlake.query.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventlake.query.engine.ColumnType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Maps, arrays and rows as JSON text and back. Maps become objects with keys rendered as {@link ValueText} does,
 * rows become objects keyed by field name, nested timestamps become {@link ValueText} strings, nested numbers and
 * booleans stay JSON numbers and booleans.
 */
final class ValueJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ValueJson() {}

  /** The value as compact JSON text. */
  static String toText(Object value, ColumnType type) {
    try {
      return MAPPER.writeValueAsString(toNode(value, type));
    } catch (JsonProcessingException failure) {
      throw new IllegalStateException("A " + type.sqlName() + " value cannot be written as JSON: " + failure, failure);
    }
  }

  /** Reads JSON text written by {@link #toText} back into the normalised Java value of {@code type}. */
  static Object fromText(String text, ColumnType type) {
    try {
      return ValueNodes.toValue(MAPPER.readTree(text), type);
    } catch (JsonProcessingException failure) {
      throw new IllegalStateException("A stored " + type.sqlName() + " value is not JSON: " + failure, failure);
    }
  }

  private static JsonNode toNode(Object value, ColumnType type) {
    if (value == null) {
      return NODES.nullNode();
    }
    return switch (type.kind()) {
      case MAP -> mapNode((Map<?, ?>) value, type);
      case ARRAY -> arrayNode((List<?>) value, type.children().get(0));
      case ROW -> rowNode((List<?>) value, type);
      case BOOLEAN -> NODES.booleanNode((Boolean) value);
      case INTEGER, BIGINT -> NODES.numberNode(((Number) value).longValue());
      case DOUBLE -> doubleNode(((Number) value).doubleValue());
      case DECIMAL -> NODES.numberNode((BigDecimal) value);
      default -> NODES.textNode(ValueText.renderScalar(value));
    };
  }

  private static JsonNode doubleNode(double value) {
    return Double.isFinite(value) ? NODES.numberNode(value) : NODES.textNode(Double.toString(value));
  }

  private static ObjectNode mapNode(Map<?, ?> map, ColumnType type) {
    ObjectNode node = NODES.objectNode();
    ColumnType keyType = type.children().get(0);
    ColumnType valueType = type.children().get(1);
    map.forEach((key, entry) -> node.set(String.valueOf(ValueText.render(key, keyType)), toNode(entry, valueType)));
    return node;
  }

  private static ArrayNode arrayNode(List<?> elements, ColumnType elementType) {
    ArrayNode node = NODES.arrayNode();
    elements.forEach(element -> node.add(toNode(element, elementType)));
    return node;
  }

  private static ObjectNode rowNode(List<?> fields, ColumnType type) {
    ObjectNode node = NODES.objectNode();
    for (int index = 0; index < type.fieldNames().size(); index++) {
      Object field = index < fields.size() ? fields.get(index) : null;
      node.set(type.fieldNames().get(index), toNode(field, type.children().get(index)));
    }
    return node;
  }
}
