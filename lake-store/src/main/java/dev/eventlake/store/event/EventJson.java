package dev.eventlake.store.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The Jackson setup used to read records; one per reader, as Jackson's mapper is thread-safe but stateful. */
public final class EventJson {
  private final ObjectMapper mapper;

  public EventJson() {
    this.mapper = new ObjectMapper();
  }

  /** Parses {@code length} chars of {@code text} from {@code offset} without copying them. */
  JsonParser parser(char[] text, int offset, int length) throws IOException {
    return mapper.getFactory().createParser(text, offset, length);
  }

  /** The text parsed as a JSON object, or null when it is not one. */
  JsonNode tryParseObject(String text) {
    String trimmed = text.trim();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      JsonNode node = mapper.readTree(trimmed);
      return node.isObject() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  /** Parses one complete JSON value. */
  public JsonNode readTree(String text) throws IOException {
    return mapper.readTree(text);
  }
}
