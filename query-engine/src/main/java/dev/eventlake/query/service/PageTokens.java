package dev.eventlake.query.service;

import static dev.eventlake.store.error.ErrorCode.INVALID_NEXT_TOKEN;

import dev.eventlake.store.error.LakeException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque next-page tokens: {@code base64url(position) "." base64url(HMAC-SHA256(key, scope, position))}. The scope
 * (e.g. the query ID) is bound by the signature but not carried, so a token neither can be forged nor replayed
 * against another query or listing.
 */
final class PageTokens {
  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "v1";
  private static final int MINIMUM_LENGTH = 4;
  private static final int MAXIMUM_LENGTH = 1000;

  private final SecretKeySpec key;

  PageTokens(byte[] secret) {
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** A token for {@code position} within {@code scope}. */
  String issue(String scope, String position) {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString(position.getBytes(StandardCharsets.UTF_8)) + "."
        + encoder.encodeToString(signature(scope, position));
  }

  /**
   * The position a token of {@code scope} carries.
   *
   * @throws LakeException with {@code InvalidNextTokenException} when the token is malformed, forged, altered or
   *     issued for another scope
   */
  String verify(String token, String scope) {
    if (token.length() < MINIMUM_LENGTH || token.length() > MAXIMUM_LENGTH) {
      throw invalid();
    }
    int separator = token.indexOf('.');
    try {
      byte[] position = Base64.getUrlDecoder().decode(token.substring(0, Math.max(separator, 0)));
      byte[] presented = Base64.getUrlDecoder().decode(token.substring(separator + 1));
      String text = new String(position, StandardCharsets.UTF_8);
      if (separator < 0 || !MessageDigest.isEqual(presented, signature(scope, text))) {
        throw invalid();
      }
      return text;
    } catch (IllegalArgumentException malformed) {
      throw invalid();
    }
  }

  private byte[] signature(String scope, String position) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      String message = VERSION + "\n" + scope.length() + ":" + scope + "\n" + position;
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException failure) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JVM", failure);
    }
  }

  private static LakeException invalid() {
    return LakeException.of(INVALID_NEXT_TOKEN,
        "NextToken is not valid: pass the NextToken of the previous response of the same request unchanged.");
  }
}
