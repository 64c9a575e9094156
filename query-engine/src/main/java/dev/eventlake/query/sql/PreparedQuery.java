package dev.eventlake.query.sql;

import java.util.List;

/**
 * A statement that passed the pre-pass: the user's text, the text handed to Calcite (hyphenated table names quoted,
 * clashing function names renamed, placeholders made typed) and the edits between the two, so error positions can be
 * reported in the user's own text; {@code bindings} holds the value of each JDBC {@code ?} of the text, in order.
 */
public record PreparedQuery(String original, String text, List<TextEdit> edits, List<BoundParameter> bindings) {
  public PreparedQuery {
    edits = List.copyOf(edits);
    bindings = List.copyOf(bindings);
  }

  /** A statement without parameters. */
  public PreparedQuery(String original, String text, List<TextEdit> edits) {
    this(original, text, edits, List.of());
  }

  /** The 1-based line and column in {@link #original()} of a 1-based line and column in {@link #text()}. */
  public int[] originalPosition(int line, int column) {
    int offset = offsetOf(text, line, column);
    int originalOffset = originalOffset(offset);
    return positionOf(original, originalOffset);
  }

  private int originalOffset(int offset) {
    int shift = 0;
    for (TextEdit edit : edits) {
      if (offset < edit.newStart()) {
        break;
      }
      if (offset < edit.newStart() + edit.newLength()) {
        return edit.originalStart();
      }
      shift = edit.originalStart() + edit.originalLength() - (edit.newStart() + edit.newLength());
    }
    return offset + shift;
  }

  private static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int current = 1; current < line && offset < text.length(); offset++) {
      if (text.charAt(offset) == '\n') {
        current++;
      }
    }
    return Math.min(text.length(), offset + Math.max(0, column - 1));
  }

  private static int[] positionOf(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int index = 0; index < Math.min(offset, text.length()); index++) {
      if (text.charAt(index) == '\n') {
        line++;
        lineStart = index + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
