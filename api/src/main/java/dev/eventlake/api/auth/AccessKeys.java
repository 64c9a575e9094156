package dev.eventlake.api.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access keys the server accepts. Keys created through the API are kept in {@code keys/access-keys.json} in the
 * data folder, readable by its owner only; a key given by environment variables lives in memory only.
 */
public final class AccessKeys {
  static final String FILE_NAME = "access-keys.json";
  private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String SECRET_ALPHABET = ID_ALPHABET + "abcdefghijklmnopqrstuvwxyz0189+/";
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, AccessKey> stored = new LinkedHashMap<>();
  private final AccessKey environmentKey;

  private AccessKeys(Path file, Clock clock, AccessKey environmentKey) {
    this.file = file;
    this.clock = clock;
    this.environmentKey = environmentKey;
  }

  /** Loads the keys of {@code keysDirectory}; {@code environmentKey} (may be null) is an extra admin key. */
  public static AccessKeys open(Path keysDirectory, AccessKey environmentKey, Clock clock) {
    AccessKeys keys = new AccessKeys(keysDirectory.resolve(FILE_NAME), clock, environmentKey);
    keys.load();
    return keys;
  }

  /** The file keys are kept in. */
  public Path file() {
    return file;
  }

  /** Whether no key at all is known, so a first admin key must be generated. */
  public synchronized boolean isEmpty() {
    return stored.isEmpty() && environmentKey == null;
  }

  /** The key with this ID, if it exists and has not been revoked. */
  public synchronized Optional<AccessKey> find(String accessKeyId) {
    if (environmentKey != null && environmentKey.accessKeyId().equals(accessKeyId)) {
      return Optional.of(environmentKey);
    }
    return Optional.ofNullable(stored.get(accessKeyId));
  }

  /** Every key, the environment's first; secrets included, so only admins may see this. */
  public synchronized List<AccessKey> list() {
    List<AccessKey> all = new ArrayList<>();
    if (environmentKey != null) {
      all.add(environmentKey);
    }
    all.addAll(stored.values());
    return all;
  }

  /** Creates, stores and returns a new key with a random ID and secret. */
  public synchronized AccessKey create(Role role) {
    AccessKey key = new AccessKey("ELK" + randomText(ID_ALPHABET, 17), randomText(SECRET_ALPHABET, 40), role,
        clock.instant());
    stored.put(key.accessKeyId(), key);
    save();
    return key;
  }

  /** Revokes a stored key; the environment's key cannot be revoked, only unset. */
  public synchronized AccessKey revoke(String accessKeyId) {
    if (environmentKey != null && environmentKey.accessKeyId().equals(accessKeyId)) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER,
          "access key %s comes from EVENTLAKE_ACCESS_KEY_ID; unset the variable and restart to retire it", accessKeyId);
    }
    AccessKey removed = stored.remove(accessKeyId);
    if (removed == null) {
      throw LakeException.of(ErrorCode.ACCESS_KEY_NOT_FOUND, "no access key %s", accessKeyId);
    }
    save();
    return removed;
  }

  private String randomText(String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int index = 0; index < length; index++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    try {
      List<AccessKey> keys = JSON.readValue(file.toFile(), new TypeReference<List<AccessKey>>() { });
      keys.forEach(key -> stored.put(key.accessKeyId(), key));
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read the access keys in " + file, failure);
    }
  }

  private void save() {
    try {
      OwnerOnlyFiles.write(file, JSON.writeValueAsBytes(new ArrayList<>(stored.values())));
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot write the access keys to " + file, failure);
    }
  }
}
