package dev.eventlake.store.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads the shared corpus independently of the code under test: plain Jackson, whole files. */
public final class SourceRecords {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SourceRecords() {}

  /** Every record of every log and NDJSON file under {@code root}. */
  public static List<JsonNode> readAll(Path root) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".ndjson")) {
          for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
              records.add(MAPPER.readTree(line));
            }
          }
        } else if (name.endsWith(".json") || name.endsWith(".json.gz")) {
          try (InputStream input = open(file)) {
            MAPPER.readTree(input).get("Records").forEach(records::add);
          }
        }
      }
    }
    return records;
  }

  /** The category CloudTrail Lake gives a record: its eventCategory, else Data when managementEvent is false. */
  public static String category(JsonNode record) {
    JsonNode category = record.get("eventCategory");
    if (category != null && category.isTextual()) {
      return category.asText();
    }
    JsonNode management = record.get("managementEvent");
    boolean data = management != null && management.asText().equalsIgnoreCase("false");
    return data ? "Data" : "Management";
  }

  private static InputStream open(Path file) throws IOException {
    InputStream input = Files.newInputStream(file);
    return file.toString().endsWith(".gz") ? new GZIPInputStream(input) : input;
  }
}
