package dev.eventlake.store.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes manifest lines as compact JSON with ISO-8601 times, readable by any tool. */
final class ManifestCodec {
  private final ObjectMapper mapper = new ObjectMapper();

  String encode(ManifestEntry entry) throws IOException {
    ObjectNode line = mapper.createObjectNode();
    line.put("sequence", entry.sequence());
    line.put("action", entry.action().name());
    line.put("committedAt", entry.committedAt().toString());
    line.set("added", files(entry.added()));
    line.set("removed", files(entry.removed()));
    ArrayNode sources = line.putArray("sources");
    entry.sources().forEach(sources::add);
    line.put("reason", entry.reason());
    line.put("previousEntrySha256", entry.previousEntrySha256());
    return mapper.writeValueAsString(line);
  }

  ManifestEntry decode(String text) throws IOException {
    JsonNode line = mapper.readTree(text);
    List<String> sources = new ArrayList<>();
    line.get("sources").forEach(source -> sources.add(source.asText()));
    return new ManifestEntry(line.get("sequence").asLong(), ManifestEntry.Action.valueOf(line.get("action").asText()),
        Instant.parse(line.get("committedAt").asText()), files(line.get("added")), files(line.get("removed")),
        sources, nullableText(line.get("reason")), nullableText(line.get("previousEntrySha256")));
  }

  private ArrayNode files(List<FileEntry> files) {
    ArrayNode array = mapper.createArrayNode();
    for (FileEntry file : files) {
      ObjectNode node = array.addObject();
      node.put("path", file.path());
      node.put("sha256", file.sha256());
      node.put("events", file.events());
      node.put("bytes", file.bytes());
      node.put("minEventTime", file.minEventTime().toString());
      node.put("maxEventTime", file.maxEventTime().toString());
    }
    return array;
  }

  private static List<FileEntry> files(JsonNode array) {
    List<FileEntry> files = new ArrayList<>();
    for (JsonNode node : array) {
      files.add(new FileEntry(node.get("path").asText(), node.get("sha256").asText(), node.get("events").asLong(),
          node.get("bytes").asLong(), Instant.parse(node.get("minEventTime").asText()),
          Instant.parse(node.get("maxEventTime").asText())));
    }
    return files;
  }

  private static String nullableText(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
