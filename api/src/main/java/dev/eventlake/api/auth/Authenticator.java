package dev.eventlake.api.auth;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;

/**
 * Authenticates requests and checks roles. The CloudTrail-compatible endpoints take SigV4 only; the REST API also
 * takes HTTP Basic with the access key ID as user and the secret as password.
 */
public final class Authenticator {
  private final AccessKeys keys;
  private final SigV4Verifier sigV4;

  public Authenticator(AccessKeys keys, Clock clock) {
    this.keys = keys;
    this.sigV4 = new SigV4Verifier(keys, clock);
  }

  /** The caller of {@code request}, signed with SigV4 for one of {@code services}, or by Basic when allowed. */
  public Caller authenticate(SignedRequest request, Set<String> services, boolean basicAllowed) {
    String authorization = request.header("authorization");
    if (authorization == null || authorization.isBlank()) {
      throw LakeException.of(ErrorCode.MISSING_AUTHENTICATION_TOKEN, "the request has no Authorization header; sign "
          + "it with SigV4%s", basicAllowed ? " or use HTTP Basic with an access key ID and secret" : "");
    }
    if (authorization.startsWith(SigV4Verifier.ALGORITHM)) {
      return sigV4.verify(request, services);
    }
    if (basicAllowed && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim());
    }
    throw LakeException.of(ErrorCode.INCOMPLETE_SIGNATURE, "unsupported Authorization scheme; use %s",
        basicAllowed ? "SigV4 or HTTP Basic" : "AWS Signature Version 4 (AWS4-HMAC-SHA256)");
  }

  /** Throws {@code AccessDeniedException} unless {@code caller}'s role allows {@code access}. */
  public static void authorize(Caller caller, Access access, String operation) {
    if (!caller.role().allows(access)) {
      throw LakeException.of(ErrorCode.ACCESS_DENIED, "access key %s has role %s, which may not perform %s",
          caller.accessKeyId(), caller.role().wireName(), operation);
    }
  }

  private Caller basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException failure) {
      throw LakeException.of(ErrorCode.UNRECOGNIZED_CLIENT, "the Basic credentials are not valid base64");
    }
    int colon = decoded.indexOf(':');
    String id = colon < 0 ? decoded : decoded.substring(0, colon);
    String secret = colon < 0 ? "" : decoded.substring(colon + 1);
    AccessKey key = keys.find(id).filter(found -> MessageDigest.isEqual(
        found.secretAccessKey().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8)))
        .orElseThrow(() -> LakeException.of(ErrorCode.UNRECOGNIZED_CLIENT,
            "unknown access key ID or wrong secret access key"));
    return new Caller(key.accessKeyId(), key.role(), null);
  }
}
