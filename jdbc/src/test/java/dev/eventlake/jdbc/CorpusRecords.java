package dev.eventlake.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.store.testing.SharedData;
import dev.eventlake.store.testing.SourceRecords;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The shared corpus read with plain Jackson, as an oracle independent of the server and the driver. */
final class CorpusRecords {
  private CorpusRecords() {}

  /**
   * A management event whose eventID is unique in the corpus and that has everything a typed-column test reads: a
   * user ARN, request parameters, resources and a boolean readOnly.
   */
  static JsonNode richManagementEvent() throws IOException {
    List<JsonNode> records = SourceRecords.readAll(SharedData.cloudTrailRecords());
    Map<String, Long> idCounts = records.stream().collect(Collectors.groupingBy(
        record -> record.path("eventID").asText(), Collectors.counting()));
    return records.stream()
        .filter(record -> SourceRecords.category(record).equals("Management"))
        .filter(record -> idCounts.get(record.path("eventID").asText()) == 1)
        .filter(record -> record.path("userIdentity").path("arn").isTextual())
        .filter(record -> record.path("requestParameters").isObject() && record.path("requestParameters").size() > 0)
        .filter(record -> record.path("resources").isArray() && record.path("resources").size() > 0)
        .filter(record -> record.path("resources").get(0).path("ARN").isTextual())
        .filter(record -> record.path("readOnly").isBoolean())
        .findFirst().orElseThrow(() -> new IllegalStateException("no such event in the shared corpus"));
  }

  /** Events per eventName among the management events, for counting oracles. */
  static Map<String, Long> managementEventsByName() throws IOException {
    return SourceRecords.readAll(SharedData.cloudTrailRecords()).stream()
        .filter(record -> SourceRecords.category(record).equals("Management"))
        .collect(Collectors.groupingBy(record -> record.path("eventName").asText(), Collectors.counting()));
  }
}
