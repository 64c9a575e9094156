package dev.eventlake.store.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads CloudTrail log files — {@code {"Records":[…]}}, a bare JSON array of records, or NDJSON; plain or gzip —
 * and hands every record to a sink with its original text. A broken record is reported with its position and
 * reading resumes at the next record. Not thread-safe: use one reader per thread.
 */
public final class CloudTrailLogReader {
  private final EventJson json = new EventJson();
  private final EventMapper mapper = new EventMapper(json);

  /** Reads one whole log from {@code input}; {@code location} names it in failures. */
  public void read(String location, InputStream input, RecordSink sink) throws IOException {
    char[] text = decode(input);
    int start = skipWhitespace(text, 0);
    if (start == text.length) {
      return;
    }
    RecordCursor cursor = new RecordCursor(location, text, sink);
    int arrayStart = recordsArrayStart(text, start);
    if (arrayStart >= 0) {
      readArray(cursor, arrayStart + 1);
    } else {
      readLines(cursor, start);
    }
  }

  /** Reads the elements of the records array that starts just before {@code position}. */
  private void readArray(RecordCursor cursor, int position) throws IOException {
    char[] text = cursor.text();
    int next = skipWhitespace(text, position);
    if (next < text.length && text[next] == ']') {
      return;
    }
    while (next < text.length) {
      Step step = readOneRecord(cursor, next);
      next = skipWhitespace(text, step.offset());
      if (step.atNextRecord() || next >= text.length) {
        continue;
      }
      if (text[next] == ']') {
        return;
      }
      if (text[next] == ',') {
        next = skipWhitespace(text, next + 1);
      } else {
        cursor.fail(next, "expected ',' or ']' after a record");
        next = cursor.resynchronise(next);
      }
    }
  }

  /** Where reading goes on: just after a record, or (after damage) at the start of the next plausible record. */
  private record Step(int offset, boolean atNextRecord) {}

  /** Reads the record at {@code position}. */
  private Step readOneRecord(RecordCursor cursor, int position) throws IOException {
    char[] text = cursor.text();
    try (JsonParser parser = json.parser(text, position, text.length - position)) {
      JsonNode node = parser.readValueAsTree();
      int end = position + (int) parser.currentLocation().getCharOffset();
      cursor.deliver(node, position, end, mapper);
      return new Step(end, false);
    } catch (JsonProcessingException broken) {
      int errorAt = position + (int) Math.max(0, broken.getLocation() == null ? 0
          : broken.getLocation().getCharOffset());
      cursor.fail(position, "record is not valid JSON: " + broken.getOriginalMessage());
      return new Step(cursor.resynchronise(Math.max(errorAt, position + 1)), true);
    }
  }

  /** NDJSON: one record per non-blank line. */
  private void readLines(RecordCursor cursor, int start) {
    char[] text = cursor.text();
    int lineStart = start;
    while (lineStart < text.length) {
      int lineEnd = lineStart;
      while (lineEnd < text.length && text[lineEnd] != '\n') {
        lineEnd++;
      }
      int contentEnd = lineEnd;
      while (contentEnd > lineStart && Character.isWhitespace(text[contentEnd - 1])) {
        contentEnd--;
      }
      int contentStart = skipWhitespace(text, lineStart);
      if (contentStart < contentEnd) {
        cursor.deliverText(contentStart, contentEnd, mapper);
      }
      lineStart = lineEnd + 1;
    }
  }

  /** The offset of the '[' of a top-level "Records" array or of a top-level array; -1 for NDJSON. */
  private int recordsArrayStart(char[] text, int start) throws IOException {
    if (text[start] == '[') {
      return start;
    }
    try (JsonParser parser = json.parser(text, start, text.length - start)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return -1;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("Records".equals(name) && value == JsonToken.START_ARRAY) {
          return start + (int) parser.currentTokenLocation().getCharOffset();
        }
        parser.skipChildren();
      }
      return -1;
    } catch (JsonProcessingException notOneObject) {
      return -1;
    }
  }

  static int skipWhitespace(char[] text, int position) {
    int index = position;
    while (index < text.length && Character.isWhitespace(text[index])) {
      index++;
    }
    return index;
  }

  /** The whole (gunzipped) log as UTF-8 text; one allocation per step, which matters for small log files. */
  private static char[] decode(InputStream input) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(input, 1 << 13);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    try (InputStream raw = first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, 1 << 13) : buffered) {
      return new String(raw.readAllBytes(), StandardCharsets.UTF_8).toCharArray();
    }
  }
}
