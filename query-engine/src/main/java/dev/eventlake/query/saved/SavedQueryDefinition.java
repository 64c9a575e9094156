package dev.eventlake.query.saved;

import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.INVALID_TAG_PARAMETER;

import dev.eventlake.store.error.LakeException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one version of a saved query holds: its description, SQL, declared parameters and tags. Every update of a
 * saved query stores a new definition and keeps the earlier ones.
 *
 * @param description what the query finds, or null
 * @param sql the statement, with {@code :name} (or {@code ?}) placeholders for its parameters
 * @param parameters the declared parameters; for {@code ?} placeholders, in placeholder order
 * @param tags free-form key/value labels, sorted by key
 */
public record SavedQueryDefinition(String description, String sql, List<ParameterDefinition> parameters,
    Map<String, String> tags) {
  static final int MAXIMUM_TAGS = 50;
  static final int MAXIMUM_DESCRIPTION = 1_000;

  /** @throws LakeException InvalidParameterException or InvalidTagParameterException for malformed content */
  public SavedQueryDefinition {
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
    tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    if (sql == null || sql.isBlank()) {
      throw LakeException.of(INVALID_PARAMETER, "A saved query needs its SQL.");
    }
    if (description != null && description.length() > MAXIMUM_DESCRIPTION) {
      throw LakeException.of(INVALID_PARAMETER, "The description is %,d characters long; the maximum is %,d.",
          description.length(), MAXIMUM_DESCRIPTION);
    }
    checkUniqueNames(parameters);
    checkTags(tags);
  }

  /** The declared parameter named {@code name}, ignoring case, or null. */
  public ParameterDefinition parameter(String name) {
    return parameters.stream().filter(parameter -> parameter.name().equalsIgnoreCase(name)).findFirst()
        .orElse(null);
  }

  private static void checkUniqueNames(List<ParameterDefinition> parameters) {
    Set<String> seen = new HashSet<>();
    for (ParameterDefinition parameter : parameters) {
      if (!seen.add(parameter.name().toLowerCase(Locale.ROOT))) {
        throw LakeException.of(INVALID_PARAMETER, "Parameter '%s' is declared twice.", parameter.name());
      }
    }
  }

  private static void checkTags(Map<String, String> tags) {
    if (tags.size() > MAXIMUM_TAGS) {
      throw LakeException.of(INVALID_TAG_PARAMETER, "A saved query has at most %d tags; %d were given.",
          MAXIMUM_TAGS, tags.size());
    }
    tags.forEach((key, value) -> {
      if (key == null || key.isEmpty() || key.length() > 128 || value == null || value.length() > 256) {
        throw LakeException.of(INVALID_TAG_PARAMETER, "Tag '%s' is not valid: keys are 1 to 128 characters, values "
            + "up to 256.", key);
      }
    });
  }
}
