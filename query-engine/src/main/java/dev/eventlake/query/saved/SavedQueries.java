package dev.eventlake.query.saved;

import static dev.eventlake.store.error.ErrorCode.SAVED_QUERY_ALREADY_EXISTS;
import static dev.eventlake.store.error.ErrorCode.SAVED_QUERY_NOT_FOUND;

import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.store.error.LakeException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The saved query library of one data directory: create, update (a new version), restore an old version, delete,
 * list and bind to parameter values. Names are unique ignoring case. Changes are durable before the call returns.
 */
public final class SavedQueries {
  private final SavedQueryFiles files;
  private final Clock clock;
  private final Map<String, SavedQuery> byLowerName = new ConcurrentHashMap<>();

  /** Opens the library in {@code <dataDirectory>/saved-queries}. */
  public SavedQueries(Path dataDirectory, Clock clock) {
    this.files = new SavedQueryFiles(dataDirectory.resolve("saved-queries"));
    this.clock = clock;
    files.loadAll().forEach(query -> byLowerName.put(key(query.name()), query));
  }

  /**
   * Saves a new query as version 1.
   *
   * @throws LakeException SavedQueryAlreadyExistsException, or the errors of {@link SavedQueryStatements#check}
   */
  public synchronized SavedQuery create(String name, SavedQueryDefinition definition) {
    SavedQuery.checkName(name);
    SavedQuery existing = byLowerName.get(key(name));
    if (existing != null) {
      throw LakeException.of(SAVED_QUERY_ALREADY_EXISTS, "A saved query named '%s' already exists; update it or "
          + "choose another name.", existing.name());
    }
    SavedQueryStatements.check(definition);
    SavedQueryVersion first = new SavedQueryVersion(1, definition, clock.instant(), null);
    return store(new SavedQuery(name, first.createdTime(), List.of(first)));
  }

  /** Saves {@code definition} as the next version; the earlier versions stay. */
  public synchronized SavedQuery update(String name, SavedQueryDefinition definition) {
    SavedQuery query = get(name);
    SavedQueryStatements.check(definition);
    return store(query.withVersion(definition, clock.instant(), null));
  }

  /** Makes version {@code version} current again by saving a copy of it as the next version. */
  public synchronized SavedQuery restore(String name, int version) {
    SavedQuery query = get(name);
    SavedQueryVersion restored = query.version(version);
    return store(query.withVersion(restored.definition(), clock.instant(), restored.version()));
  }

  /** @throws LakeException SavedQueryNotFoundException when no query has that name */
  public SavedQuery get(String name) {
    SavedQuery query = name == null ? null : byLowerName.get(key(name));
    if (query == null) {
      throw LakeException.of(SAVED_QUERY_NOT_FOUND, "There is no saved query named '%s'.", name);
    }
    return query;
  }

  /** Every saved query, by name. */
  public List<SavedQuery> list() {
    return byLowerName.values().stream().sorted(Comparator.comparing(query -> key(query.name()))).toList();
  }

  /** Deletes a query with all its versions; returns what was deleted. */
  public synchronized SavedQuery delete(String name) {
    SavedQuery query = get(name);
    files.delete(query.name());
    byLowerName.remove(key(query.name()));
    return query;
  }

  /**
   * The statement of version {@code version} (null: the current one) with {@code values} bound.
   *
   * @throws LakeException SavedQueryNotFoundException, or InvalidParameterException for missing, unknown or mistyped
   *     values
   */
  public BoundStatement bind(String name, Integer version, ParameterValues values) {
    SavedQuery query = get(name);
    return SavedQueryStatements.bind(query.version(version).definition(), values, query.name());
  }

  private SavedQuery store(SavedQuery query) {
    files.save(query);
    byLowerName.put(key(query.name()), query);
    return query;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
