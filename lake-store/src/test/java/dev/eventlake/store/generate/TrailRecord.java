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

  /** The delivery time in the file name ({@code <account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<random>.json.gz}). */
  Instant deliveryTime() {
    String stamp = file.getFileName().toString().split("_")[3];
    return Instant.parse(stamp.substring(0, 4) + "-" + stamp.substring(4, 6) + "-" + stamp.substring(6, 8) + "T"
        + stamp.substring(9, 11) + ":" + stamp.substring(11, 13) + ":00Z");
  }
}
