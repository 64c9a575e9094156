package dev.eventlake.query.saved;

import static dev.eventlake.store.error.ErrorCode.INVALID_PARAMETER;
import static dev.eventlake.store.error.ErrorCode.SAVED_QUERY_NOT_FOUND;
import static java.util.Objects.requireNonNull;

import dev.eventlake.store.error.LakeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A saved query: a unique name (usable as CloudTrail's {@code QueryAlias}) and its version history, newest last.
 *
 * @param name the name, unique ignoring case
 * @param createdTime when version 1 was saved
 * @param versions every version, oldest first
 */
public record SavedQuery(String name, Instant createdTime, List<SavedQueryVersion> versions) {
  /** CloudTrail's {@code QueryAlias} pattern, 1 to 256 characters. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9._\\-]{0,255}");

  public SavedQuery {
    checkName(name);
    requireNonNull(createdTime, "createdTime is null");
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a saved query has at least one version");
    }
  }

  /** @throws LakeException InvalidParameterException unless {@code name} is a valid saved query name */
  public static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw LakeException.of(INVALID_PARAMETER, "Saved query name '%s' is not valid: start with a letter, then up to "
          + "255 letters, digits, '.', '_' or '-'.", name);
    }
  }

  /** The newest version. */
  public SavedQueryVersion current() {
    return versions.get(versions.size() - 1);
  }

  /**
   * Version {@code number}, or the newest when null.
   *
   * @throws LakeException SavedQueryNotFoundException for a version that does not exist
   */
  public SavedQueryVersion version(Integer number) {
    if (number == null) {
      return current();
    }
    if (number < 1 || number > versions.size()) {
      throw LakeException.of(SAVED_QUERY_NOT_FOUND, "Saved query '%s' has versions 1 to %d; there is no version %d.",
          name, versions.size(), number);
    }
    return versions.get(number - 1);
  }

  /** This query with one more version. */
  SavedQuery withVersion(SavedQueryDefinition definition, Instant now, Integer restoredFrom) {
    List<SavedQueryVersion> more = new ArrayList<>(versions);
    more.add(new SavedQueryVersion(versions.size() + 1, definition, now, restoredFrom));
    return new SavedQuery(name, createdTime, more);
  }
}
