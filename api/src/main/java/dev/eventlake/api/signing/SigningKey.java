package dev.eventlake.api.signing;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;

/**
 * One signing key of the installation. The current key has no end of validity and keeps its private half; a key
 * rotated out keeps only its public half, so exports it signed can still be verified.
 *
 * @param fingerprint 32 hex digits identifying the key, as sign files name it
 * @param publicKey the public key, DER-encoded PKCS#1
 * @param validityStartTime when the key started signing
 * @param validityEndTime when it was rotated out, or null while it is current
 * @param privateKey the private key, DER-encoded PKCS#8, or null once rotated out
 */
public record SigningKey(String fingerprint, byte[] publicKey, Instant validityStartTime, Instant validityEndTime,
    byte[] privateKey) {
  public SigningKey {
    requireNonNull(fingerprint, "fingerprint is null");
    requireNonNull(publicKey, "publicKey is null");
    requireNonNull(validityStartTime, "validityStartTime is null");
  }

  /** Whether the key signs now. */
  @JsonIgnore
  public boolean isCurrent() {
    return validityEndTime == null;
  }

  /** Whether the key's validity window overlaps {@code [start, end]}. */
  public boolean validDuring(Instant start, Instant end) {
    return !validityStartTime.isAfter(end) && (validityEndTime == null || !validityEndTime.isBefore(start));
  }

  public RSAPublicKey rsaPublicKey() {
    return RsaKeys.fromPkcs1(publicKey);
  }

  /** The private key; IllegalStateException for a key rotated out. */
  PrivateKey rsaPrivateKey() {
    if (privateKey == null) {
      throw new IllegalStateException("key " + fingerprint + " was rotated out and no longer signs");
    }
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
    } catch (GeneralSecurityException unreadable) {
      throw new IllegalStateException("the private key " + fingerprint + " cannot be read", unreadable);
    }
  }

  /** This key rotated out at {@code end}: its private half is dropped. */
  SigningKey retired(Instant end) {
    return new SigningKey(fingerprint, publicKey, validityStartTime, end, null);
  }
}
