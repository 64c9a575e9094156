package dev.eventlake.api.signing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * RSA keys in the forms CloudTrail uses: 2048-bit key pairs, public keys as DER-encoded PKCS#1 {@code RSAPublicKey}
 * (a SEQUENCE of modulus and public exponent), and 32-hex-digit fingerprints (the first 128 bits of the SHA-256 of
 * that DER encoding).
 */
public final class RsaKeys {
  private static final int KEY_BITS = 2048;
  private static final int SEQUENCE = 0x30;
  private static final int INTEGER = 0x02;

  private RsaKeys() {}

  /** A new 2048-bit RSA key pair. */
  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("RSA is not available in this JVM", impossible);
    }
  }

  /** The DER-encoded PKCS#1 form of {@code key}. */
  public static byte[] pkcs1(RSAPublicKey key) {
    byte[] content = concat(integer(key.getModulus()), integer(key.getPublicExponent()));
    return concat(new byte[] {(byte) SEQUENCE}, length(content.length), content);
  }

  /** The public key a DER-encoded PKCS#1 {@code RSAPublicKey} holds; IllegalArgumentException if malformed. */
  public static RSAPublicKey fromPkcs1(byte[] der) {
    Reader reader = new Reader(der);
    int end = reader.expect(SEQUENCE);
    BigInteger modulus = reader.integer();
    BigInteger exponent = reader.integer();
    if (reader.position != end || end != der.length) {
      throw new IllegalArgumentException("trailing bytes after the RSAPublicKey");
    }
    try {
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    } catch (GeneralSecurityException invalid) {
      throw new IllegalArgumentException("not an RSA public key: " + invalid.getMessage(), invalid);
    }
  }

  /** The 32-hex-digit fingerprint of a DER-encoded PKCS#1 public key. */
  public static String fingerprint(byte[] pkcs1) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(pkcs1);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static byte[] integer(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return concat(new byte[] {(byte) INTEGER}, length(bytes.length), bytes);
  }

  private static byte[] length(int length) {
    if (length < 0x80) {
      return new byte[] {(byte) length};
    }
    byte[] digits = BigInteger.valueOf(length).toByteArray();
    int skip = digits[0] == 0 ? 1 : 0;
    byte[] encoded = new byte[digits.length - skip + 1];
    encoded[0] = (byte) (0x80 | (digits.length - skip));
    System.arraycopy(digits, skip, encoded, 1, digits.length - skip);
    return encoded;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Reads DER tag-length headers. */
  private static final class Reader {
    private final byte[] der;
    private int position;

    Reader(byte[] der) {
      this.der = der;
    }

    /** Reads one INTEGER and moves past it. */
    BigInteger integer() {
      int end = expect(INTEGER);
      BigInteger value = new BigInteger(Arrays.copyOfRange(der, position, end));
      position = end;
      return value;
    }

    /** Reads a header of {@code tag}; returns where its content ends, leaving the position at its start. */
    int expect(int tag) {
      if (position >= der.length || (der[position] & 0xff) != tag) {
        throw new IllegalArgumentException("expected DER tag " + tag + " at byte " + position);
      }
      position++;
      int length = der[position++] & 0xff;
      if (length >= 0x80) {
        int digits = length & 0x7f;
        if (digits < 1 || digits > 3 || position + digits > der.length) {
          throw new IllegalArgumentException("bad DER length at byte " + position);
        }
        length = new BigInteger(1, Arrays.copyOfRange(der, position, position + digits)).intValueExact();
        position += digits;
      }
      if (position + length > der.length) {
        throw new IllegalArgumentException("DER content runs past the end");
      }
      return position + length;
    }
  }
}
