package dev.eventlake.store.generate;

import java.util.SplittableRandom;

/** Random identifiers in the shapes AWS uses (UUIDs, access keys, request IDs), drawn from a seeded source. */
final class RandomText {

  static final String HEX = "0123456789abcdef";
  static final String UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
  static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private RandomText() {}

  /** A version-4 UUID in lower-case text form. */
  static String uuid(SplittableRandom random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    char[] text = new char[36];
    int position = 0;
    for (int nibble = 15; nibble >= 0; nibble--) {
      position = dash(text, position);
      text[position++] = HEX.charAt((int) (high >>> (nibble * 4)) & 0xF);
    }
    for (int nibble = 15; nibble >= 0; nibble--) {
      position = dash(text, position);
      text[position++] = HEX.charAt((int) (low >>> (nibble * 4)) & 0xF);
    }
    return new String(text);
  }

  private static int dash(char[] text, int position) {
    if (position == 8 || position == 13 || position == 18 || position == 23) {
      text[position] = '-';
      return position + 1;
    }
    return position;
  }

  /** {@code length} characters drawn uniformly from {@code alphabet}. */
  static String of(SplittableRandom random, String alphabet, int length) {
    char[] text = new char[length];
    int size = alphabet.length();
    for (int i = 0; i < length; i++) {
      text[i] = alphabet.charAt(random.nextInt(size));
    }
    return new String(text);
  }

  static String hex(SplittableRandom random, int length) {
    return of(random, HEX, length);
  }

  /** Base64-looking text of {@code length} characters (padding excluded). */
  static String base64(SplittableRandom random, int length) {
    char[] text = new char[length];
    long bits = 0;
    int available = 0;
    for (int i = 0; i < length; i++) {
      if (available < 6) {
        bits = random.nextLong();
        available = 64;
      }
      text[i] = BASE64.charAt((int) (bits & 63));
      bits >>>= 6;
      available -= 6;
    }
    return new String(text);
  }

  /**
   * An AWS-style key or unique ID: {@code prefix} (AKIA, ASIA, AIDA, AROA) + account infix + random base32, {@code
   * length} characters in all (20 for access keys, 21 for unique IDs).
   */
  static String awsId(SplittableRandom random, String prefix, String accountInfix, int length) {
    return prefix + accountInfix + of(random, BASE32, length - prefix.length() - accountInfix.length());
  }

  /** A decimal number of exactly {@code digits} digits without a leading zero. */
  static String digits(SplittableRandom random, int digits) {
    StringBuilder text = new StringBuilder(digits);
    text.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < digits; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return text.toString();
  }

  /** A finalising 64-bit mix (SplitMix64), used to derive independent seeds. */
  static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
