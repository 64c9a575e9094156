package dev.eventlake.api.cli;

import dev.eventlake.query.saved.ParameterDefinition;
import dev.eventlake.query.saved.SavedQueryDefinition;
import dev.eventlake.query.sql.ParameterType;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of {@code saved create} and {@code saved update}; on update, what is not given stays as it was. */
final class DefinitionOptions {
  @Option(names = "--sql", description = "The SQL; :name placeholders take the parameters.")
  String sql;

  @Option(names = "--sql-file", description = "Read the SQL from this file.")
  Path sqlFile;

  @Option(names = "--description", description = "What the query finds.")
  String description;

  @Option(names = "--parameter", paramLabel = "NAME:TYPE[=DEFAULT]", description = "A parameter, e.g. "
      + "since:TIMESTAMP=2024-01-01 or bucket:VARCHAR; types VARCHAR, BIGINT, DOUBLE, BOOLEAN, TIMESTAMP. Repeat in "
      + "order; given on update, the list replaces the old one.")
  List<String> parameters;

  @Option(names = "--parameter-description", paramLabel = "NAME=TEXT", description = "Describe a parameter.")
  Map<String, String> parameterDescriptions;

  @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag; given on update, the tags replace the "
      + "old ones.")
  Map<String, String> tags;

  /** The definition these options describe, starting from {@code base} (null when creating). */
  SavedQueryDefinition definition(SavedQueryDefinition base) throws IOException {
    String text = sqlFile != null ? Files.readString(sqlFile, StandardCharsets.UTF_8) : sql;
    if (text == null && base == null) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "Give the SQL with --sql or --sql-file.");
    }
    List<ParameterDefinition> declared = parameters == null ? null : parameters.stream().map(this::parameter)
        .toList();
    if (base == null) {
      return new SavedQueryDefinition(description, text, declared, tags);
    }
    if (text == null && description == null && declared == null && tags == null && parameterDescriptions == null) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "Nothing to update: give --sql, --sql-file, "
          + "--description, --parameter, --parameter-description or --tag.");
    }
    List<ParameterDefinition> kept = declared != null ? declared : base.parameters().stream()
        .map(parameter -> described(parameter, parameter.description())).toList();
    return new SavedQueryDefinition(description != null ? description : base.description(),
        text != null ? text : base.sql(), kept, tags != null ? tags : base.tags());
  }

  private ParameterDefinition parameter(String text) {
    int colon = text.indexOf(':');
    if (colon < 1) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "--parameter '%s' is not NAME:TYPE[=DEFAULT].", text);
    }
    String rest = text.substring(colon + 1);
    int equals = rest.indexOf('=');
    String type = equals < 0 ? rest : rest.substring(0, equals);
    String defaultValue = equals < 0 ? null : rest.substring(equals + 1);
    String name = text.substring(0, colon);
    return described(new ParameterDefinition(name, ParameterType.parse(type), defaultValue, null), null);
  }

  private ParameterDefinition described(ParameterDefinition parameter, String fallback) {
    Map<String, String> texts = parameterDescriptions == null ? Map.of() : new LinkedHashMap<>(parameterDescriptions);
    String text = texts.getOrDefault(parameter.name(), fallback);
    return new ParameterDefinition(parameter.name(), parameter.type(), parameter.defaultValue(), text);
  }

  /** Parses {@code NAME=VALUE} run values. */
  static Map<String, String> values(List<String> assignments) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String assignment : assignments == null ? new ArrayList<String>() : assignments) {
      int equals = assignment.indexOf('=');
      if (equals < 1) {
        throw LakeException.of(ErrorCode.INVALID_PARAMETER, "--param '%s' is not NAME=VALUE.", assignment);
      }
      values.put(assignment.substring(0, equals), assignment.substring(equals + 1));
    }
    return values;
  }
}
