package dev.eventlake.query.sql;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;

/**
 * Rewrites statement text token by token: quotes a bare hyphenated table name ({@code a1b2c3d4-0000-…},
 * {@code my-store}) after FROM, JOIN or a comma in a FROM list, renames calls whose names are Calcite syntax
 * ({@code date_diff(} becomes {@code trino_date_diff(}), quotes aliases that are Calcite keywords but plain words
 * in Trino ({@code AS count}, {@code AS second}), drops one trailing semicolon and, when the statement comes with
 * parameter values, replaces its placeholders (see {@link Placeholders}).
 */
final class TextRewriter {
  /** The prefix given to renamed functions; the AST rewrite and the UDFs know the renamed names. */
  static final String RENAMED_PREFIX = "trino_";

  private static final Set<String> RENAMED = Set.of("date_diff", "date_trunc", "day", "contains", "if");
  private static final Set<String> CLAUSE_ENDS = Set.of("WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "UNION",
      "INTERSECT", "EXCEPT", "WINDOW", "OFFSET", "FETCH", "SELECT");

  private static final Set<String> CASTS = Set.of("CAST", "TRY_CAST");
  private static final SqlAbstractParserImpl.Metadata CALCITE_WORDS =
      new SqlParserImpl(new StringReader("")).getMetadata();

  /** Per parenthesis level: whether a SELECT opened it, whether a FROM list is being read, whether it is a CAST. */
  private static final class Level {
    boolean hasSelect;
    boolean inFrom;
    boolean cast;
  }

  private final String original;
  private final List<SqlToken> tokens;
  private final Placeholders placeholders;
  private final StringBuilder output = new StringBuilder();
  private final List<TextEdit> edits = new ArrayList<>();
  private final Deque<Level> levels = new ArrayDeque<>();
  private boolean expectTable;
  private boolean expectAlias;

  private TextRewriter(String original, List<SqlToken> tokens, Placeholders placeholders) {
    this.original = original;
    this.tokens = tokens;
    this.placeholders = placeholders;
    levels.push(new Level());
  }

  static PreparedQuery rewrite(String original, List<SqlToken> tokens) {
    return rewrite(original, tokens, List.of());
  }

  /** Rewrites {@code original}, binding its placeholders to {@code parameters} (none: they stay as they are). */
  static PreparedQuery rewrite(String original, List<SqlToken> tokens, List<BoundParameter> parameters) {
    TextRewriter rewriter = new TextRewriter(original, tokens, new Placeholders(parameters));
    rewriter.run();
    return new PreparedQuery(original, rewriter.output.toString(), rewriter.edits,
        rewriter.placeholders.bindings());
  }

  private void run() {
    int lastSignificant = -1;
    for (int index = 0; index < tokens.size(); index++) {
      SqlToken token = tokens.get(index);
      if (!token.isSignificant()) {
        output.append(token.text());
        continue;
      }
      if (token.isSymbol(';') && nextSignificant(index) < 0) {
        replace(token.start(), token.text().length(), "");
        continue;
      }
      int placeholderEnd = placeholders.active() ? replacePlaceholder(index, lastSignificant) : -1;
      if (placeholderEnd >= 0) {
        index = placeholderEnd;
        lastSignificant = index;
        continue;
      }
      if (expectTable && token.kind() == SqlToken.Kind.WORD) {
        expectTable = false;
        int end = hyphenatedRunEnd(index);
        if (end > index) {
          quoteRun(index, end);
          index = end;
          lastSignificant = end;
          continue;
        }
      }
      expectTable = false;
      if (expectAlias && isCalciteReserved(token) && !nextSignificantIs(index, '(')) {
        expectAlias = false;
        replace(token.start(), token.text().length(), '"' + token.text() + '"');
        lastSignificant = index;
        continue;
      }
      expectAlias = false;
      track(token, lastSignificant);
      appendToken(index, lastSignificant);
      lastSignificant = index;
    }
  }

  /** Replaces the placeholder starting at {@code index}, if any; returns its last token's index, else -1. */
  private int replacePlaceholder(int index, int lastSignificant) {
    int length = Placeholders.length(tokens, index);
    if (length == 0) {
      return -1;
    }
    SqlToken first = tokens.get(index);
    int end = tokens.get(index + length - 1).end();
    replace(first.start(), end - first.start(), placeholders.replace(tokens, index,
        lastSignificant < 0 ? null : tokens.get(lastSignificant), original));
    expectTable = false;
    expectAlias = false;
    return index + length - 1;
  }

  /** The index of the last token of a run WORD ('-' WORD)+ with nothing between, or {@code start} when none. */
  private int hyphenatedRunEnd(int start) {
    int end = start;
    while (end + 2 < tokens.size() && tokens.get(end + 1).isSymbol('-')
        && tokens.get(end + 2).kind() == SqlToken.Kind.WORD) {
      end += 2;
    }
    return end;
  }

  private void quoteRun(int first, int last) {
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    replace(start, end - start, '"' + original.substring(start, end) + '"');
  }

  private void appendToken(int index, int lastSignificant) {
    SqlToken token = tokens.get(index);
    String lower = token.text().toLowerCase(Locale.ROOT);
    boolean renamed = token.kind() == SqlToken.Kind.WORD && RENAMED.contains(lower)
        && nextSignificantIs(index, '(') && !(lastSignificant >= 0 && tokens.get(lastSignificant).isSymbol('.'));
    if (renamed) {
      replace(token.start(), token.text().length(), RENAMED_PREFIX + token.text());
    } else {
      output.append(token.text());
    }
  }

  private void track(SqlToken token, int lastSignificant) {
    Level level = levels.peek();
    if (token.isSymbol('(')) {
      Level opened = new Level();
      opened.cast = lastSignificant >= 0 && tokens.get(lastSignificant).kind() == SqlToken.Kind.WORD
          && CASTS.contains(tokens.get(lastSignificant).upperText());
      levels.push(opened);
    } else if (token.isWord("AS")) {
      expectAlias = !level.cast;
    } else if (token.isSymbol(')')) {
      if (levels.size() > 1) {
        levels.pop();
      }
    } else if (token.isSymbol(',')) {
      expectTable = level.inFrom;
    } else if (token.isWord("SELECT")) {
      level.hasSelect = true;
      level.inFrom = false;
    } else if (token.isWord("FROM")) {
      boolean distinctFrom = lastSignificant >= 0 && tokens.get(lastSignificant).isWord("DISTINCT");
      level.inFrom = level.hasSelect && !distinctFrom;
      expectTable = level.inFrom;
    } else if (token.isWord("JOIN")) {
      level.inFrom = level.hasSelect;
      expectTable = level.hasSelect;
    } else if (token.kind() == SqlToken.Kind.WORD && CLAUSE_ENDS.contains(token.upperText())) {
      level.inFrom = false;
    }
  }

  /** An alias such as {@code count} or {@code second}: a keyword to Calcite, a plain identifier to Trino. */
  private static boolean isCalciteReserved(SqlToken token) {
    return token.kind() == SqlToken.Kind.WORD && CALCITE_WORDS.isReservedWord(token.upperText());
  }

  private void replace(int originalStart, int originalLength, String replacement) {
    edits.add(new TextEdit(originalStart, originalLength, output.length(), replacement.length()));
    output.append(replacement);
  }

  private int nextSignificant(int index) {
    for (int next = index + 1; next < tokens.size(); next++) {
      if (tokens.get(next).isSignificant()) {
        return next;
      }
    }
    return -1;
  }

  private boolean nextSignificantIs(int index, char symbol) {
    int next = nextSignificant(index);
    return next >= 0 && tokens.get(next).isSymbol(symbol);
  }
}
