package dev.eventlake.api.signing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eventlake.api.auth.OwnerOnlyFiles;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The signing keys of one installation, in {@code keys/signing-keys.json} (readable by its owner only). The first use
 * creates a key; {@link #rotate} retires the current key (dropping its private half) and creates the next. The file is
 * read again whenever it changed, so a rotation by the command line reaches a running server.
 */
public final class SigningKeys {
  static final String FILE_NAME = "signing-keys.json";
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private final Clock clock;
  private List<SigningKey> keys = List.of();
  private FileTime loadedVersion;

  private SigningKeys(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** The keys kept in {@code keysDirectory}; nothing is created until a key is needed. */
  public static SigningKeys open(Path keysDirectory, Clock clock) {
    return new SigningKeys(keysDirectory.resolve(FILE_NAME), clock);
  }

  /** Every key, oldest first, creating the first key when there is none. */
  public synchronized List<SigningKey> all() {
    refresh();
    if (keys.isEmpty()) {
      save(List.of(create(clock.instant())));
    }
    return keys;
  }

  /** The key that signs now. */
  public SigningKey current() {
    List<SigningKey> all = all();
    return all.get(all.size() - 1);
  }

  /** The keys whose validity window overlaps {@code [start, end]}, oldest first. */
  public List<SigningKey> validDuring(Instant start, Instant end) {
    return all().stream().filter(key -> key.validDuring(start, end)).toList();
  }

  /** The key with this fingerprint, current or rotated out. */
  public Optional<SigningKey> find(String fingerprint) {
    return all().stream().filter(key -> key.fingerprint().equalsIgnoreCase(fingerprint)).findFirst();
  }

  /** Retires the current key now and creates the next one; returns the new current key. */
  public synchronized SigningKey rotate() {
    Instant now = clock.instant();
    List<SigningKey> rotated = new ArrayList<>();
    for (SigningKey key : all()) {
      rotated.add(key.isCurrent() ? key.retired(now) : key);
    }
    SigningKey next = create(now);
    rotated.add(next);
    save(rotated);
    return next;
  }

  /** Signs the UTF-8 bytes of {@code text} with the current key ({@code SHA256withRSA}). */
  public HashSignature sign(String text) {
    SigningKey key = current();
    try {
      java.security.Signature signer = java.security.Signature.getInstance("SHA256withRSA");
      signer.initSign(key.rsaPrivateKey());
      signer.update(text.getBytes(StandardCharsets.UTF_8));
      return new HashSignature(HexFormat.of().formatHex(signer.sign()), key.fingerprint());
    } catch (GeneralSecurityException failure) {
      throw new LakeException(ErrorCode.INTERNAL_FAILURE, "Signing with key " + key.fingerprint() + " failed: "
          + failure.getMessage(), failure);
    }
  }

  /** Whether {@code hexSignature} is {@code key}'s SHA256withRSA signature of the UTF-8 bytes of {@code text}. */
  public static boolean verify(SigningKey key, String text, String hexSignature) {
    try {
      java.security.Signature verifier = java.security.Signature.getInstance("SHA256withRSA");
      verifier.initVerify(key.rsaPublicKey());
      verifier.update(text.getBytes(StandardCharsets.UTF_8));
      return verifier.verify(HexFormat.of().parseHex(hexSignature));
    } catch (GeneralSecurityException | IllegalArgumentException unusable) {
      return false;
    }
  }

  private static SigningKey create(Instant now) {
    KeyPair pair = RsaKeys.generate();
    byte[] publicKey = RsaKeys.pkcs1((RSAPublicKey) pair.getPublic());
    return new SigningKey(RsaKeys.fingerprint(publicKey), publicKey, now, null, pair.getPrivate().getEncoded());
  }

  private void refresh() {
    try {
      FileTime version = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
      if (version != null && !version.equals(loadedVersion)) {
        keys = List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<SigningKey>>() { }));
        loadedVersion = version;
      }
    } catch (IOException failure) {
      throw new LakeException(ErrorCode.INTERNAL_FAILURE, "The signing keys in " + file + " cannot be read ("
          + failure + ").", failure);
    }
  }

  private void save(List<SigningKey> updated) {
    try {
      OwnerOnlyFiles.write(file, JSON.writeValueAsBytes(updated));
      keys = List.copyOf(updated);
      loadedVersion = Files.getLastModifiedTime(file);
    } catch (IOException failure) {
      throw new LakeException(ErrorCode.INTERNAL_FAILURE, "The signing keys cannot be written to " + file + " ("
          + failure + ").", failure);
    }
  }
}
