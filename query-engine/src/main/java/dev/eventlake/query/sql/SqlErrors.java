package dev.eventlake.query.sql;

import static dev.eventlake.store.error.ErrorCode.INVALID_QUERY_STATEMENT;

import dev.eventlake.store.error.LakeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns what Calcite throws for a bad statement (parse errors, validation errors, rejected dialect constructs) into an
 * InvalidQueryStatementException whose message says what is wrong and where, in the user's own text, e.g.
 * {@code Column 'eventnam' not found in any table (line 1, column 8)}; never a stack trace.
 */
public final class SqlErrors {
  private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"(.*?)\" at line \\d+, column \\d+");
  private static final Pattern NO_FUNCTION = Pattern.compile("No match found for function signature (\\w+)\\((.*)\\)",
      Pattern.DOTALL);
  private static final Pattern RENAMED = Pattern.compile("(?i)\\b" + TextRewriter.RENAMED_PREFIX);

  private SqlErrors() {}

  /** The InvalidQueryStatementException for {@code failure}, raised while preparing {@code query}. */
  public static LakeException translate(Throwable failure, PreparedQuery query) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof LakeException lake) {
        return lake;
      }
      if (cause instanceof DialectError dialect) {
        return invalid(dialect.getMessage(), dialect.position(), query, failure);
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CalciteContextException context) {
        String what = context.getCause() == null ? context.getMessage() : context.getCause().getMessage();
        SqlParserPos position = new SqlParserPos(context.getPosLine(), context.getPosColumn());
        return invalid(validationMessage(what), position, query, failure);
      }
      if (cause instanceof SqlParseException parse) {
        return invalid(parseMessage(parse), parse.getPos(), query, failure);
      }
    }
    return new LakeException(INVALID_QUERY_STATEMENT, "The query statement is not valid: "
        + clean(firstLine(deepestMessage(failure))), failure);
  }

  private static LakeException invalid(String what, SqlParserPos position, PreparedQuery query, Throwable failure) {
    String message = clean(what);
    if (position != null && position.getLineNum() > 0) {
      int[] original = query.originalPosition(position.getLineNum(), position.getColumnNum());
      message = message + " (line " + original[0] + ", column " + original[1] + ")";
    }
    return new LakeException(INVALID_QUERY_STATEMENT, message, failure);
  }

  private static String parseMessage(SqlParseException parse) {
    String message = firstLine(parse.getMessage());
    Matcher encountered = ENCOUNTERED.matcher(message);
    if (encountered.find()) {
      String token = encountered.group(1).trim();
      return token.isEmpty() || token.equals("<EOF>") ? "Syntax error: the statement ends too early"
          : "Syntax error at '" + token + "'; check the statement near this point";
    }
    return "Syntax error: " + message.replaceAll("\\s*at line \\d+, column \\d+\\.?", "");
  }

  private static String validationMessage(String message) {
    Matcher noFunction = NO_FUNCTION.matcher(message);
    if (noFunction.find()) {
      return "Function " + noFunction.group(1) + " is not registered or does not accept arguments of type ("
          + noFunction.group(2) + ")";
    }
    return firstLine(message);
  }

  private static String clean(String message) {
    String text = RENAMED.matcher(message).replaceAll("");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int lineEnd = message.indexOf('\n');
    return (lineEnd < 0 ? message : message.substring(0, lineEnd)).trim();
  }

  private static String deepestMessage(Throwable failure) {
    String message = failure.getMessage();
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
    }
    return message;
  }
}
