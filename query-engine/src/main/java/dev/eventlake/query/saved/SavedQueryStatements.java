package dev.eventlake.query.saved;

import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;

import dev.eventlake.query.sql.BoundParameter;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.query.sql.QueryText;
import dev.eventlake.query.sql.TableReferences;
import dev.eventlake.store.error.LakeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * From a saved query's definition to a statement the engine runs: checks that placeholders and declared parameters
 * match and that the SQL parses, and binds run values (or defaults) to the parameters, each checked against its type.
 */
final class SavedQueryStatements {
  private SavedQueryStatements() {}

  /**
   * Checks a definition before it is saved.
   *
   * @throws LakeException InvalidParameterException when placeholders and declarations differ,
   *     InvalidQueryStatementException when the SQL is not a valid statement
   */
  static void check(SavedQueryDefinition definition) {
    List<String> placeholders = QueryText.placeholders(definition.sql());
    long questionMarks = placeholders.stream().filter("?"::equals).count();
    if (questionMarks > 0 && questionMarks != definition.parameters().size()) {
      throw LakeException.of(INVALID_PARAMETER, "The SQL has %d ? placeholders but %d parameters are declared; "
          + "declare one parameter per ?, in order.", questionMarks, definition.parameters().size());
    }
    if (questionMarks == 0) {
      checkNamed(definition, placeholders);
    }
    List<String> examples = definition.parameters().stream().map(ParameterDefinition::exampleValue).toList();
    TableReferences.of(QueryText.prepare(bind(definition, ParameterValues.positional(examples), "this query")));
  }

  /**
   * The statement of {@code definition} with {@code values}; parameters without a value take their default.
   *
   * @throws LakeException InvalidParameterException naming the parameter that is missing, unknown or mistyped
   */
  static BoundStatement bind(SavedQueryDefinition definition, ParameterValues values, String queryName) {
    List<ParameterDefinition> declared = definition.parameters();
    if (values.positional().size() > declared.size()) {
      throw LakeException.of(INVALID_PARAMETER, "%d parameter values were given, but saved query %s declares %d "
          + "parameters.", values.positional().size(), queryName, declared.size());
    }
    Map<String, String> named = namedValues(definition, values, queryName);
    List<BoundParameter> bound = new ArrayList<>();
    for (int index = 0; index < declared.size(); index++) {
      ParameterDefinition parameter = declared.get(index);
      String value = index < values.positional().size() ? values.positional().get(index)
          : named.getOrDefault(parameter.name().toLowerCase(Locale.ROOT), parameter.defaultValue());
      if (value == null) {
        throw LakeException.of(INVALID_PARAMETER, "Saved query %s needs a value for parameter '%s' (%s, position "
            + "%d), which has no default.", queryName, parameter.name(), parameter.type(), index + 1);
      }
      bound.add(new BoundParameter(parameter.name(), parameter.type(), value).checked());
    }
    return new BoundStatement(definition.sql(), bound);
  }

  private static void checkNamed(SavedQueryDefinition definition, List<String> placeholders) {
    for (String name : placeholders) {
      if (definition.parameter(name) == null) {
        throw LakeException.of(INVALID_PARAMETER, "The SQL uses :%s, but no parameter of that name is declared.",
            name);
      }
    }
    for (ParameterDefinition parameter : definition.parameters()) {
      if (placeholders.stream().noneMatch(parameter.name()::equalsIgnoreCase)) {
        throw LakeException.of(INVALID_PARAMETER, "Parameter '%s' is declared, but the SQL never uses :%s.",
            parameter.name(), parameter.name());
      }
    }
  }

  private static Map<String, String> namedValues(SavedQueryDefinition definition, ParameterValues values,
      String queryName) {
    Map<String, String> named = new HashMap<>();
    values.named().forEach((name, value) -> {
      if (definition.parameter(name) == null) {
        throw LakeException.of(INVALID_PARAMETER, "Saved query %s has no parameter '%s'; its parameters are %s.",
            queryName, name, definition.parameters().stream().map(ParameterDefinition::name).toList());
      }
      named.put(name.toLowerCase(Locale.ROOT), value);
    });
    return named;
  }
}
