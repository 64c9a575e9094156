package dev.eventlake.store.event;

import com.fasterxml.jackson.databind.JsonNode;

/** Position bookkeeping for one log being read: record numbers, line/column of failures, resynchronisation. */
final class RecordCursor {
  private final String location;
  private final char[] text;
  private final RecordSink sink;
  private long recordNumber;

  RecordCursor(String location, char[] text, RecordSink sink) {
    this.location = location;
    this.text = text;
    this.sink = sink;
  }

  char[] text() {
    return text;
  }

  /** Maps the parsed record spanning [start, end) and hands it on, or reports why it cannot be loaded. */
  void deliver(JsonNode node, int start, int end, EventMapper mapper) {
    recordNumber++;
    try {
      sink.accept(mapper.map(node, new String(text, start, end - start)));
    } catch (RecordRejectedException rejected) {
      report(start, rejected.getMessage());
    }
  }

  /** Parses, maps and hands on the record text spanning [start, end). */
  void deliverText(int start, int end, EventMapper mapper) {
    recordNumber++;
    try {
      sink.accept(mapper.map(new String(text, start, end - start)));
    } catch (RecordRejectedException rejected) {
      report(start, rejected.getMessage());
    }
  }

  /** Reports a record that could not even be parsed. */
  void fail(int position, String reason) {
    recordNumber++;
    report(position, reason);
  }

  /** The start of the next plausible record after damage at {@code from}: a '{' that follows a ','. */
  int resynchronise(int from) {
    for (int index = from; index < text.length; index++) {
      if (text[index] == ',') {
        int next = CloudTrailLogReader.skipWhitespace(text, index + 1);
        if (next < text.length && text[next] == '{') {
          return next;
        }
      }
    }
    return text.length;
  }

  private void report(int position, String reason) {
    long line = 1;
    long column = 1;
    for (int index = 0; index < position && index < text.length; index++) {
      if (text[index] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    sink.reject(new RecordFailure(location, recordNumber, line, column, reason));
  }
}
