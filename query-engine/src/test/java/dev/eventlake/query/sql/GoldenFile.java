package dev.eventlake.query.sql;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads golden files. Format: lines starting with {@code #} outside a statement are comments; {@code === name} starts
 * a case; the statement follows up to {@code --- expect} (then one JSON array of labels, then one JSON array per row,
 * values as strings or null) or {@code --- error CODE} (then one line: a fragment of the message).
 */
final class GoldenFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private GoldenFile() {}

  /** The cases of {@code text}, read from the file named {@code file}. */
  static List<GoldenCase> parse(String file, String text) {
    List<GoldenCase> cases = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int index = 0;
    while (index < lines.length) {
      if (!lines[index].startsWith("=== ")) {
        index++;
        continue;
      }
      String name = lines[index].substring(4).trim();
      StringBuilder statement = new StringBuilder();
      index++;
      while (index < lines.length && !lines[index].startsWith("--- ")) {
        statement.append(lines[index]).append('\n');
        index++;
      }
      if (index == lines.length) {
        throw new IllegalArgumentException(file + ": case '" + name + "' has no --- expect or --- error line");
      }
      String marker = lines[index].substring(4).trim();
      index++;
      List<String> block = new ArrayList<>();
      while (index < lines.length && !lines[index].startsWith("=== ")) {
        if (!lines[index].isBlank() && !lines[index].startsWith("#")) {
          block.add(lines[index]);
        }
        index++;
      }
      cases.add(toCase(file, name, statement.toString().strip(), marker, block));
    }
    return cases;
  }

  private static GoldenCase toCase(String file, String name, String statement, String marker, List<String> block) {
    if (marker.startsWith("error")) {
      String code = marker.substring("error".length()).trim();
      String fragment = block.isEmpty() ? "" : block.get(0).strip();
      return new GoldenCase(file, name, statement, List.of(), List.of(), code, fragment);
    }
    if (!marker.equals("expect") || block.isEmpty()) {
      throw new IllegalArgumentException(file + ": case '" + name + "' needs --- expect and a labels line");
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : block.subList(1, block.size())) {
      rows.add(strings(line));
    }
    return new GoldenCase(file, name, statement, strings(block.get(0)), rows, null, null);
  }

  private static List<String> strings(String json) {
    try {
      return MAPPER.readValue(json, STRINGS);
    } catch (IOException failure) {
      throw new UncheckedIOException("Not a JSON array of strings: " + json, failure);
    }
  }
}
