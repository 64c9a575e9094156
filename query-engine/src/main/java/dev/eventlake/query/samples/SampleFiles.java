package dev.eventlake.query.samples;

import dev.eventlake.query.saved.ParameterDefinition;
import dev.eventlake.query.sql.ParameterType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads sample queries from their text resources: {@code index.txt} lists the names, and each {@code <name>.sql}
 * starts with header comments ({@code -- description: …}, {@code -- tags: a, b}, and
 * {@code -- parameter: name | TYPE | default | description} lines) followed by the SQL.
 */
final class SampleFiles {
  private static final String FOLDER = "/dev/eventlake/query/samples/";
  private static final String HEADER = "-- ";

  private SampleFiles() {}

  /** Every sample listed in the index, in index order. */
  static List<SampleQuery> readAll() {
    List<SampleQuery> samples = new ArrayList<>();
    for (String name : read("index.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
      samples.add(parse(name, read(name + ".sql")));
    }
    return samples;
  }

  /** One sample from its file text. */
  static SampleQuery parse(String name, String text) {
    String description = null;
    List<String> tags = List.of();
    List<ParameterDefinition> parameters = new ArrayList<>();
    List<String> lines = text.lines().toList();
    int first = 0;
    while (first < lines.size() && lines.get(first).startsWith(HEADER) && lines.get(first).indexOf(':') > 0) {
      String line = lines.get(first).substring(HEADER.length());
      String key = line.substring(0, line.indexOf(':')).strip();
      String value = line.substring(line.indexOf(':') + 1).strip();
      switch (key) {
        case "description" -> description = value;
        case "tags" -> tags = Arrays.stream(value.split(",")).map(String::strip).toList();
        case "parameter" -> parameters.add(parameter(name, value));
        default -> throw new IllegalStateException("sample " + name + ": unknown header '" + key + "'");
      }
      first++;
    }
    String sql = String.join("\n", lines.subList(first, lines.size())).strip();
    return new SampleQuery(name, description, tags, parameters, sql);
  }

  private static ParameterDefinition parameter(String sample, String value) {
    String[] parts = value.split("\\|", -1);
    if (parts.length != 4) {
      throw new IllegalStateException("sample " + sample + ": write parameters as name | TYPE | default | text");
    }
    String defaultValue = parts[2].strip();
    return new ParameterDefinition(parts[0].strip(), ParameterType.parse(parts[1]),
        defaultValue.isEmpty() ? null : defaultValue, parts[3].strip());
  }

  private static String read(String file) {
    try (InputStream in = SampleFiles.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("the sample resource " + FOLDER + file + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
