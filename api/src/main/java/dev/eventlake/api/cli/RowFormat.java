package dev.eventlake.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventlake.api.delivery.CsvLines;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.IntStream;

/** How {@code eventlake query} prints rows; every value is already in CloudTrail's all-strings form (or null). */
enum RowFormat {
  TABLE {
    @Override
    void print(PrintWriter out, List<String> labels, List<List<String>> rows) {
      int[] widths = new int[labels.size()];
      for (int column = 0; column < widths.length; column++) {
        widths[column] = labels.get(column).length();
        for (List<String> row : rows) {
          widths[column] = Math.max(widths[column], String.valueOf(row.get(column)).length());
        }
      }
      printLine(out, labels, widths);
      out.println(String.join("-+-", IntStream.of(widths).mapToObj("-"::repeat).toList()));
      rows.forEach(row -> printLine(out, row, widths));
      out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
    }
  },
  CSV {
    @Override
    void print(PrintWriter out, List<String> labels, List<List<String>> rows) {
      out.print(csvLine(labels));
      rows.forEach(row -> out.print(csvLine(row)));
    }
  },
  JSON {
    @Override
    void print(PrintWriter out, List<String> labels, List<List<String>> rows) {
      ArrayNode array = MAPPER.createArrayNode();
      for (List<String> row : rows) {
        ObjectNode object = array.addObject();
        for (int column = 0; column < labels.size(); column++) {
          object.put(labels.get(column), row.get(column));
        }
      }
      out.println(write(array));
    }
  },
  JSONL {
    @Override
    void print(PrintWriter out, List<String> labels, List<List<String>> rows) {
      for (List<String> row : rows) {
        ArrayNode array = MAPPER.createArrayNode();
        row.forEach(array::add);
        out.println(write(array));
      }
    }
  };

  private static final ObjectMapper MAPPER = new ObjectMapper();

  abstract void print(PrintWriter out, List<String> labels, List<List<String>> rows);

  private static void printLine(PrintWriter out, List<String> values, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < widths.length; column++) {
      String value = values.get(column) == null ? "NULL" : values.get(column);
      line.append(column == 0 ? "" : " | ").append(String.format("%-" + Math.max(1, widths[column]) + "s", value));
    }
    out.println(line.toString().stripTrailing());
  }

  /** One RFC 4180 record: fields quoted when they hold a comma, quote or line break; NULL as an empty field. */
  static String csvLine(List<String> values) {
    return CsvLines.line(values);
  }

  private static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
