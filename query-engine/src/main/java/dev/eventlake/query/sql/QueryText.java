package dev.eventlake.query.sql;

import static dev.eventlake.store.error.ErrorCode.INVALID_QUERY_STATEMENT;

import dev.eventlake.store.error.LakeException;
import java.util.List;
import java.util.Set;

/**
 * The pre-pass over a statement's raw text: accepts exactly one SELECT (or WITH … SELECT) statement of at most
 * 10,000 characters, then quotes bare hyphenated table names and renames functions whose names clash with
 * Calcite syntax (see {@link TextRewriter}).
 */
public final class QueryText {
  /** The longest statement CloudTrail Lake accepts, in characters. */
  public static final int MAXIMUM_LENGTH = 10_000;

  private static final Set<String> STARTS = Set.of("SELECT", "WITH");

  private QueryText() {}

  /** Checks {@code statement} and rewrites it for Calcite; throws InvalidQueryStatementException when it is not allowed. */
  public static PreparedQuery prepare(String statement) {
    if (statement == null) {
      throw invalid("The query statement is empty; write one SELECT statement.");
    }
    return prepare(BoundStatement.of(statement));
  }

  /**
   * Checks a statement with parameter values and rewrites it for Calcite, each placeholder becoming a typed JDBC
   * {@code ?}; throws InvalidQueryStatementException, or InvalidParameterException when values and placeholders
   * do not match.
   */
  public static PreparedQuery prepare(BoundStatement bound) {
    String statement = bound.sql();
    if (statement == null || statement.isBlank()) {
      throw invalid("The query statement is empty; write one SELECT statement.");
    }
    if (statement.length() > MAXIMUM_LENGTH) {
      throw invalid("The query statement is %,d characters long; the maximum is %,d characters.",
          statement.length(), MAXIMUM_LENGTH);
    }
    List<SqlToken> tokens = SqlTokenizer.tokenize(statement);
    checkSingleStatement(statement, tokens);
    checkStartsWithSelect(statement, tokens);
    return TextRewriter.rewrite(statement, tokens, bound.parameters());
  }

  /**
   * {@code statement} with every bare word equal to {@code word} (ignoring case; not inside strings, quoted
   * identifiers or comments) replaced by {@code replacement}, e.g. a sample query's {@code $EDS_ID} by a store ID.
   */
  public static String replaceWord(String statement, String word, String replacement) {
    StringBuilder replaced = new StringBuilder(statement.length());
    for (SqlToken token : SqlTokenizer.tokenize(statement)) {
      replaced.append(token.isWord(word) ? replacement : token.text());
    }
    return replaced.toString();
  }

  /** The placeholders of {@code statement} in order: {@code ?} for each {@code ?}, the name for each {@code :name}. */
  public static List<String> placeholders(String statement) {
    return Placeholders.names(SqlTokenizer.tokenize(statement));
  }

  /** The rewritten text only, without the checks; the parser factory uses it so plain JDBC callers get it too. */
  static String rewrite(String text) {
    return TextRewriter.rewrite(text, SqlTokenizer.tokenize(text)).text();
  }

  private static void checkSingleStatement(String statement, List<SqlToken> tokens) {
    int last = lastSignificant(tokens);
    for (int index = 0; index < tokens.size(); index++) {
      SqlToken token = tokens.get(index);
      if (token.isSymbol(';') && index != last) {
        throw invalid("The query statement contains more than one statement (';' at %s); "
            + "run one SELECT statement at a time.", where(statement, token.start()));
      }
    }
  }

  private static void checkStartsWithSelect(String statement, List<SqlToken> tokens) {
    for (SqlToken token : tokens) {
      if (!token.isSignificant() || token.isSymbol('(')) {
        continue;
      }
      if (token.kind() == SqlToken.Kind.WORD && STARTS.contains(token.upperText())) {
        return;
      }
      throw invalid("Only SELECT statements are supported, but this statement starts with '%s' (%s); "
          + "DDL and DML statements are not allowed.", token.text(), where(statement, token.start()));
    }
    throw invalid("The query statement has no SELECT; write one SELECT statement.");
  }

  private static int lastSignificant(List<SqlToken> tokens) {
    for (int index = tokens.size() - 1; index >= 0; index--) {
      if (tokens.get(index).isSignificant()) {
        return index;
      }
    }
    return -1;
  }

  /** {@code line N, column M} of an offset into {@code text}. */
  static String where(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int index = 0; index < offset; index++) {
      if (text.charAt(index) == '\n') {
        line++;
        lineStart = index + 1;
      }
    }
    return "line " + line + ", column " + (offset - lineStart + 1);
  }

  static LakeException invalid(String format, Object... arguments) {
    return LakeException.of(INVALID_QUERY_STATEMENT, format, arguments);
  }
}
