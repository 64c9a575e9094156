package dev.eventlake.query.sql;

import dev.eventlake.query.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits statement text into {@link SqlToken}s; an unterminated string, identifier or comment runs to the end. */
final class SqlTokenizer {
  private final String text;
  private int position;

  private SqlTokenizer(String text) {
    this.text = text;
  }

  /** All tokens of {@code text}; concatenating their texts gives {@code text} back. */
  static List<SqlToken> tokenize(String text) {
    SqlTokenizer tokenizer = new SqlTokenizer(text);
    List<SqlToken> tokens = new ArrayList<>();
    while (tokenizer.position < text.length()) {
      tokens.add(tokenizer.next());
    }
    return tokens;
  }

  private SqlToken next() {
    int start = position;
    char first = text.charAt(position);
    Kind kind;
    if (Character.isWhitespace(first)) {
      kind = Kind.WHITESPACE;
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
    } else if (isWordCharacter(first)) {
      kind = Kind.WORD;
      while (position < text.length() && isWordCharacter(text.charAt(position))) {
        position++;
      }
    } else if (first == '\'' || first == '"') {
      kind = first == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER;
      skipQuoted(first);
    } else if (text.startsWith("--", position)) {
      kind = Kind.COMMENT;
      int lineEnd = text.indexOf('\n', position);
      position = lineEnd < 0 ? text.length() : lineEnd;
    } else if (text.startsWith("/*", position)) {
      kind = Kind.COMMENT;
      int commentEnd = text.indexOf("*/", position + 2);
      position = commentEnd < 0 ? text.length() : commentEnd + 2;
    } else {
      kind = Kind.SYMBOL;
      position++;
    }
    return new SqlToken(kind, text.substring(start, position), start);
  }

  /** Skips a quoted token whose quote character is doubled inside it to stand for itself. */
  private void skipQuoted(char quote) {
    position++;
    while (position < text.length()) {
      if (text.charAt(position) == quote) {
        if (position + 1 < text.length() && text.charAt(position + 1) == quote) {
          position += 2;
          continue;
        }
        position++;
        return;
      }
      position++;
    }
  }

  static boolean isWordCharacter(char character) {
    return Character.isLetterOrDigit(character) || character == '_' || character == '$';
  }
}
