package dev.eventlake.query.samples;

import static dev.eventlake.store.selector.AdvancedFieldSelector.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.generate.EventGenerator;
import dev.eventlake.store.generate.GeneratorConfig;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.selector.AdvancedEventSelector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Test fixture: synthetic CloudTrail logs from the generator, imported into a store of management events and S3
 * object, Lambda and DynamoDB data events, plus the raw records (one per event ID) read straight from the log files,
 * which the tests use as an independent oracle.
 */
record GeneratedLake(Lake lake, String storeId, List<JsonNode> records) {
  private static final List<String> DATA_RESOURCES = List.of("AWS::S3::Object", "AWS::Lambda::Function",
      "AWS::DynamoDB::Table");

  /** Generates {@code events} over {@code days} days with {@code seed} under {@code directory} and imports them. */
  static GeneratedLake create(Path directory, long events, int days, long seed) throws IOException {
    Path logs = directory.resolve("logs");
    new EventGenerator(new GeneratorConfig(logs, events, days, seed, LocalDate.of(2026, 3, 31))).generate();
    Lake lake = Lake.open(LakeConfig.defaults(directory.resolve("data")));
    List<AdvancedEventSelector> selectors = new ArrayList<>();
    selectors.add(new AdvancedEventSelector("management", List.of(equalTo("eventCategory", "Management"))));
    for (String type : DATA_RESOURCES) {
      selectors.add(new AdvancedEventSelector(type, List.of(equalTo("eventCategory", "Data"),
          equalTo("resources.type", type))));
    }
    String storeId = lake.catalog().create(new CreateStoreRequest("audit", selectors, null, null, null, false, null,
        null, null, null)).id();
    lake.importLogs(storeId, List.of(logs), ImportRange.ALL, statistics -> { });
    return new GeneratedLake(lake, storeId, selectedRecords(logs));
  }

  /** The raw records the store selects, one per event ID. */
  private static List<JsonNode> selectedRecords(Path logs) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(logs)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".json.gz")).sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          for (JsonNode record : mapper.readTree(in).path("Records")) {
            if (selected(record)) {
              byId.putIfAbsent(record.path("eventID").asText(), record);
            }
          }
        }
      }
    }
    return List.copyOf(byId.values());
  }

  private static boolean selected(JsonNode record) {
    if (record.path("eventCategory").asText("Management").equals("Management")) {
      return true;
    }
    for (JsonNode resource : record.path("resources")) {
      if (DATA_RESOURCES.contains(resource.path("type").asText())) {
        return true;
      }
    }
    return false;
  }
}
