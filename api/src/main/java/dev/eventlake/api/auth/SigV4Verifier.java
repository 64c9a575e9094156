package dev.eventlake.api.auth;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256} in the Authorization header) against the access keys:
 * the scope's service must be one this server answers as, any region is accepted, and the request time must be
 * within 15 minutes of the server's clock.
 */
public final class SigV4Verifier {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final Pattern AUTHORIZATION = Pattern.compile(ALGORITHM
      + "\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request\\s*,\\s*"
      + "SignedHeaders=([a-z0-9;\\-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");
  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);

  private final AccessKeys keys;
  private final Clock clock;

  public SigV4Verifier(AccessKeys keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  /** The caller whose key signed {@code request} for one of {@code services}; a failure names what is wrong. */
  public Caller verify(SignedRequest request, Set<String> services) {
    Matcher parts = AUTHORIZATION.matcher(request.header("authorization"));
    if (!parts.matches()) {
      throw LakeException.of(ErrorCode.INCOMPLETE_SIGNATURE, "the Authorization header is not a well-formed %s "
          + "signature (Credential=…/date/region/service/aws4_request, SignedHeaders=…, Signature=…)", ALGORITHM);
    }
    String service = parts.group(4);
    if (!services.contains(service)) {
      throw LakeException.of(ErrorCode.INVALID_SIGNATURE, "the request was signed for service '%s'; this endpoint "
          + "accepts %s", service, String.join(" or ", services));
    }
    AccessKey key = keys.find(parts.group(1)).orElseThrow(() -> LakeException.of(ErrorCode.UNRECOGNIZED_CLIENT,
        "the security token included in the request is invalid: unknown access key ID %s", parts.group(1)));
    String amzDate = requestTime(request, parts.group(2));
    String scope = parts.group(2) + "/" + parts.group(3) + "/" + service + "/aws4_request";
    String canonical = SigV4Canonical.request(request, parts.group(5).split(";"));
    String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + SigV4Canonical.sha256Hex(canonical);
    byte[] signingKey = SigV4Canonical.signingKey(key.secretAccessKey(), parts.group(2), parts.group(3), service);
    String expected = HexFormat.of().formatHex(SigV4Canonical.hmac(signingKey, stringToSign));
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        parts.group(6).getBytes(StandardCharsets.US_ASCII))) {
      throw LakeException.of(ErrorCode.INVALID_SIGNATURE, "the request signature we calculated does not match the "
          + "signature you provided; check your secret access key and signing method");
    }
    return new Caller(key.accessKeyId(), key.role(), parts.group(3));
  }

  private String requestTime(SignedRequest request, String scopeDate) {
    String amzDate = request.header("x-amz-date");
    if (amzDate == null) {
      throw LakeException.of(ErrorCode.INCOMPLETE_SIGNATURE, "a signed request needs an X-Amz-Date header");
    }
    Instant sent;
    try {
      sent = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException failure) {
      throw LakeException.of(ErrorCode.INCOMPLETE_SIGNATURE, "X-Amz-Date '%s' is not of the form 20240131T235959Z",
          amzDate);
    }
    if (!amzDate.startsWith(scopeDate)) {
      throw LakeException.of(ErrorCode.INVALID_SIGNATURE, "the credential scope date %s does not match X-Amz-Date %s",
          scopeDate, amzDate);
    }
    if (Duration.between(sent, clock.instant()).abs().compareTo(ALLOWED_SKEW) > 0) {
      throw LakeException.of(ErrorCode.INVALID_SIGNATURE, "signature expired: %s is more than 15 minutes from the "
          + "server time %s", sent, clock.instant());
    }
    return amzDate;
  }
}
