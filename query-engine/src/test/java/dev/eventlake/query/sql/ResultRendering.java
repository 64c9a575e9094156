package dev.eventlake.query.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders result values as the golden files write them: timestamps {@code YYYY-MM-DD HH:MM:SS.mmm} (UTC), NULL as
 * null, doubles without exponent or trailing zeros, maps, arrays and structs (field values in order) as JSON text.
 */
final class ResultRendering {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultRendering() {}

  /** The rendered value of a column of the current row; null for SQL NULL. */
  static String render(ResultSet resultSet, int column) throws SQLException {
    if (resultSet.getMetaData().getColumnType(column) == Types.TIMESTAMP) {
      Timestamp timestamp = resultSet.getTimestamp(column, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
      return timestamp == null ? null : TIMESTAMP.format(timestamp.toInstant().atOffset(ZoneOffset.UTC));
    }
    Object value = resultSet.getObject(column);
    if (value == null) {
      return null;
    }
    JsonNode node = json(value);
    return node.isTextual() ? node.asText() : node.isContainerNode() ? write(node) : node.asText();
  }

  private static JsonNode json(Object value) throws SQLException {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      return NODES.textNode(plain(new BigDecimal(value.toString())));
    }
    if (value instanceof Number number) {
      return NODES.numberNode(number.longValue());
    }
    if (value instanceof Timestamp timestamp) {
      return NODES.textNode(TIMESTAMP.format(timestamp.toLocalDateTime()));
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        object.set(String.valueOf(entry.getKey()), json(entry.getValue()));
      }
      return object;
    }
    if (value instanceof Array array) {
      return json(array.getArray());
    }
    if (value instanceof java.sql.Struct struct) {
      return json(java.util.Arrays.asList(struct.getAttributes()));
    }
    if (value instanceof Object[] elements) {
      return json(java.util.Arrays.asList(elements));
    }
    if (value instanceof List<?> list) {
      ArrayNode elements = NODES.arrayNode();
      for (Object element : list) {
        elements.add(json(element));
      }
      return elements;
    }
    return NODES.textNode(value.toString());
  }

  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
