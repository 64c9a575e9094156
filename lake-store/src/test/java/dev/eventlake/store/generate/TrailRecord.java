package dev.eventlake.store.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;

/** One record read back from a generated log file: where it was, its exact text and its parsed form. */
record TrailRecord(Path file, int index, String raw, JsonNode json) {

  String text(String field) {
    return json.path(field).asText(null);
  }

  Instant eventTime() {
    return Instant.parse(text("eventTime"));
  }
}
