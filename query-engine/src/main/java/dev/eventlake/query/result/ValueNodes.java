package dev.eventlake.query.result;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.query.engine.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns JSON nodes written by {@link ValueJson} back into normalised Java values, guided by the column type. */
final class ValueNodes {
  private ValueNodes() {}

  /** The Java value of {@code node} for {@code type}; null for a JSON null. */
  static Object toValue(JsonNode node, ColumnType type) {
    if (node == null || node.isNull()) {
      return null;
    }
    return switch (type.kind()) {
      case MAP -> toMap(node, type);
      case ARRAY -> toList(node, type.children().get(0));
      case ROW -> toRow(node, type);
      default -> scalarFromText(node.isTextual() ? node.textValue() : node.asText(), node, type);
    };
  }

  /** Parses a map key, which JSON always holds as text, into the key type's Java value. */
  private static Object keyValue(String text, ColumnType type) {
    return scalarFromText(text, null, type);
  }

  private static Object scalarFromText(String text, JsonNode node, ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> Boolean.valueOf(text);
      case INTEGER -> Integer.valueOf(text);
      case BIGINT -> Long.valueOf(text);
      case DOUBLE -> node != null && node.isNumber() ? node.doubleValue() : Double.valueOf(text);
      case DECIMAL -> node != null && node.isNumber() ? node.decimalValue() : new BigDecimal(text);
      case TIMESTAMP -> ValueText.parseTimestamp(text);
      case DATE -> LocalDate.parse(text);
      default -> text;
    };
  }

  private static Map<Object, Object> toMap(JsonNode node, ColumnType type) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      map.put(keyValue(entry.getKey(), type.children().get(0)), toValue(entry.getValue(), type.children().get(1)));
    }
    return map;
  }

  private static List<Object> toList(JsonNode node, ColumnType elementType) {
    List<Object> list = new ArrayList<>(node.size());
    node.forEach(element -> list.add(toValue(element, elementType)));
    return list;
  }

  private static List<Object> toRow(JsonNode node, ColumnType type) {
    List<Object> fields = new ArrayList<>(type.fieldNames().size());
    for (int index = 0; index < type.fieldNames().size(); index++) {
      fields.add(toValue(node.get(type.fieldNames().get(index)), type.children().get(index)));
    }
    return fields;
  }
}
