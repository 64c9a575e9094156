package dev.eventlake.query.sql;

import java.util.Locale;

/**
 * One lexical token of a statement's text.
 *
 * @param kind what the token is
 * @param text the token exactly as written
 * @param start the offset of its first character in the statement
 */
record SqlToken(Kind kind, String text, int start) {

  /** Token families the pre-pass tells apart. */
  enum Kind {
    /** Keywords, unquoted identifiers and numbers: runs of letters, digits, {@code _} and {@code $}. */
    WORD,
    /** A {@code "…"} identifier. */
    QUOTED_IDENTIFIER,
    /** A {@code '…'} string literal. */
    STRING,
    /** A {@code --} or {@code /* … *}{@code /} comment. */
    COMMENT,
    /** Spaces, tabs and line breaks. */
    WHITESPACE,
    /** Any other single character. */
    SYMBOL
  }

  /** The offset just after the token. */
  int end() {
    return start + text.length();
  }

  /** Whether this is a word equal to {@code word}, ignoring case. */
  boolean isWord(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  boolean isSymbol(char symbol) {
    return kind == Kind.SYMBOL && text.charAt(0) == symbol;
  }

  /** Whitespace and comments carry no meaning. */
  boolean isSignificant() {
    return kind != Kind.WHITESPACE && kind != Kind.COMMENT;
  }

  String upperText() {
    return text.toUpperCase(Locale.ROOT);
  }
}
