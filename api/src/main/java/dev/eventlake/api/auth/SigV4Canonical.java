package dev.eventlake.api.auth;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The canonical request, hashing and key derivation of Signature Version 4, as AWS documents them. */
final class SigV4Canonical {
  private SigV4Canonical() {}

  /** The canonical request of {@code request} over the headers the client says it signed. */
  static String request(SignedRequest request, String[] signedHeaders) {
    StringBuilder headers = new StringBuilder();
    for (String name : signedHeaders) {
      List<String> values = request.headers().get(name);
      if (values == null) {
        throw LakeException.of(ErrorCode.INCOMPLETE_SIGNATURE, "signed header '%s' is missing from the request", name);
      }
      headers.append(name).append(':')
          .append(String.join(",", values.stream().map(value -> value.trim().replaceAll("\\s+", " ")).toList()))
          .append('\n');
    }
    return request.method() + "\n" + canonicalPath(request.rawPath()) + "\n" + canonicalQuery(request.rawQuery())
        + "\n" + headers + "\n" + String.join(";", signedHeaders) + "\n" + sha256Hex(request.body());
  }

  /** Each path segment encoded once more, as the AWS SDKs sign for every service except S3. */
  private static String canonicalPath(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    return encode(rawPath, false);
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<Map.Entry<String, String>> parameters = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.add(Map.entry(encode(decode(name), true), encode(decode(value), true)));
    }
    parameters.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    return String.join("&", parameters.stream().map(entry -> entry.getKey() + "=" + entry.getValue()).toList());
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** RFC 3986 encoding: unreserved characters stay, everything else becomes %XX; '/' too when {@code slash}. */
  private static String encode(String text, boolean slash) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte value : text.getBytes(StandardCharsets.UTF_8)) {
      char character = (char) (value & 0xff);
      boolean unreserved = (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z')
          || (character >= '0' && character <= '9') || "-_.~".indexOf(character) >= 0;
      if (unreserved || (character == '/' && !slash)) {
        out.write(character);
      } else {
        out.writeBytes(String.format("%%%02X", value & 0xff).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }

  static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (GeneralSecurityException failure) {
      throw new IllegalStateException("SHA-256 is unavailable", failure);
    }
  }

  /** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
  static byte[] signingKey(String secret, String date, String region, String service) {
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, region);
    key = hmac(key, service);
    return hmac(key, "aws4_request");
  }

  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException failure) {
      throw new IllegalStateException("HmacSHA256 is unavailable", failure);
    }
  }
}
