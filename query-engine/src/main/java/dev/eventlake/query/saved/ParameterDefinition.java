package dev.eventlake.query.saved;

import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static java.util.Objects.requireNonNull;

import dev.eventlake.query.sql.ParameterType;
import dev.eventlake.store.error.LakeException;
import java.util.regex.Pattern;

/**
 * One declared parameter of a saved query: the name its {@code :name} placeholder uses, its SQL type, an optional
 * default value (text in the type's form) and a description for people running the query.
 *
 * @param name a letter or underscore, then letters, digits and underscores
 * @param type the SQL type values are bound as
 * @param defaultValue the value used when a run gives none, or null when a value is required
 * @param description what the parameter means, or null
 */
public record ParameterDefinition(String name, ParameterType type, String defaultValue, String description) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  /** @throws LakeException InvalidParameterException for a bad name or a default that does not fit the type */
  public ParameterDefinition {
    requireNonNull(type, "type is null");
    if (name == null || !NAME.matcher(name).matches()) {
      throw LakeException.of(INVALID_PARAMETER, "Parameter name '%s' is not valid: use a letter or underscore, then "
          + "up to 63 letters, digits and underscores.", name);
    }
    if (defaultValue != null) {
      defaultValue = type.canonical(name, defaultValue);
    }
    if (description != null && description.length() > 1_000) {
      throw LakeException.of(INVALID_PARAMETER, "The description of parameter '%s' is longer than 1,000 characters.",
          name);
    }
  }

  /** A required parameter without description. */
  public static ParameterDefinition required(String name, ParameterType type) {
    return new ParameterDefinition(name, type, null, null);
  }

  /** A value of the right type to check the statement's syntax with: the default, or a neutral value. */
  String exampleValue() {
    if (defaultValue != null) {
      return defaultValue;
    }
    return switch (type) {
      case VARCHAR -> "";
      case BIGINT -> "0";
      case DOUBLE -> "0";
      case BOOLEAN -> "false";
      case TIMESTAMP -> "1970-01-01 00:00:00";
    };
  }
}
