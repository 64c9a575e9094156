package dev.eventlake.query.sql;

import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.INVALID_QUERY_STATEMENT;

import dev.eventlake.store.error.LakeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parameter placeholders in statement text: {@code ?} or {@code :name} outside strings, quoted identifiers and
 * comments. The rewriter replaces each by {@code CAST(? AS <type>)}, so Calcite always knows the parameter's type
 * (after {@code LIMIT} or {@code OFFSET}, where Calcite takes only a bare {@code ?}, by {@code ?}), and records which
 * value each JDBC {@code ?} takes.
 */
final class Placeholders {
  /** The name {@link #names} gives a {@code ?} placeholder. */
  static final String POSITIONAL = "?";

  private final List<BoundParameter> parameters;
  private final Map<String, BoundParameter> byName = new LinkedHashMap<>();
  private final List<BoundParameter> bindings = new ArrayList<>();
  private boolean positional;
  private boolean named;

  Placeholders(List<BoundParameter> parameters) {
    this.parameters = parameters;
    parameters.forEach(parameter -> byName.put(parameter.name().toLowerCase(Locale.ROOT), parameter));
  }

  /** The placeholders of {@code tokens} in order: {@link #POSITIONAL} for {@code ?}, the name for {@code :name}. */
  static List<String> names(List<SqlToken> tokens) {
    List<String> names = new ArrayList<>();
    for (int index = 0; index < tokens.size(); index++) {
      int length = length(tokens, index);
      if (length == 1) {
        names.add(POSITIONAL);
      } else if (length == 2) {
        names.add(tokens.get(index + 1).text());
      }
    }
    return names;
  }

  /** Whether placeholders are replaced at all: only when the statement comes with parameters. */
  boolean active() {
    return !parameters.isEmpty();
  }

  /** How many tokens the placeholder at {@code index} spans: 0 (none), 1 ({@code ?}) or 2 ({@code :name}). */
  static int length(List<SqlToken> tokens, int index) {
    SqlToken token = tokens.get(index);
    if (token.isSymbol('?')) {
      return 1;
    }
    boolean colon = token.isSymbol(':') && (index == 0 || !tokens.get(index - 1).isSymbol(':'));
    if (colon && index + 1 < tokens.size()) {
      SqlToken word = tokens.get(index + 1);
      char first = word.text().charAt(0);
      if (word.kind() == SqlToken.Kind.WORD && (Character.isLetter(first) || first == '_')) {
        return 2;
      }
    }
    return 0;
  }

  /**
   * The text replacing the placeholder at {@code index} of {@code tokens}; records the value it takes.
   *
   * @param previous the significant token before the placeholder, or null
   */
  String replace(List<SqlToken> tokens, int index, SqlToken previous, String statement) {
    boolean question = length(tokens, index) == 1;
    positional |= question;
    named |= !question;
    String where = QueryText.where(statement, tokens.get(index).start());
    if (positional && named) {
      throw LakeException.of(INVALID_QUERY_STATEMENT, "The statement mixes ? and :name placeholders (%s); use one "
          + "style.", where);
    }
    BoundParameter parameter;
    if (question) {
      if (bindings.size() >= parameters.size()) {
        throw LakeException.of(INVALID_PARAMETER, "The statement has more ? placeholders than the %d parameter "
            + "value(s) given (%s).", parameters.size(), where);
      }
      parameter = parameters.get(bindings.size());
    } else {
      String name = tokens.get(index + 1).text();
      parameter = byName.get(name.toLowerCase(Locale.ROOT));
      if (parameter == null) {
        throw LakeException.of(INVALID_PARAMETER, "No value was given for parameter '%s' (%s).", name, where);
      }
    }
    bindings.add(parameter);
    boolean bare = previous != null && (previous.isWord("LIMIT") || previous.isWord("OFFSET"));
    if (bare && parameter.type() != ParameterType.BIGINT) {
      throw LakeException.of(INVALID_PARAMETER, "Parameter '%s' follows %s, which takes a BIGINT; it is %s (%s).",
          parameter.name(), previous.upperText(), parameter.type(), where);
    }
    return bare ? "?" : "CAST(? AS " + sqlType(parameter.type()) + ")";
  }

  /** The value of each JDBC {@code ?} in order, after checking that every given value has a placeholder. */
  List<BoundParameter> bindings() {
    if (positional && bindings.size() != parameters.size()) {
      throw LakeException.of(INVALID_PARAMETER, "%d parameter values were given, but the statement has %d ? "
          + "placeholders.", parameters.size(), bindings.size());
    }
    if (active() && bindings.isEmpty()) {
      throw LakeException.of(INVALID_PARAMETER, "Parameter values were given, but the statement has no ? or :name "
          + "placeholders.");
    }
    return List.copyOf(bindings);
  }

  private static String sqlType(ParameterType type) {
    return switch (type) {
      case VARCHAR -> "VARCHAR";
      case BIGINT -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case TIMESTAMP -> "TIMESTAMP(3)";
    };
  }
}
