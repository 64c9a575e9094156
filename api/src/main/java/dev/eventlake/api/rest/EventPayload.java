package dev.eventlake.api.rest;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The body of {@code POST /v1/events} made ready for the log reader: JSON or NDJSON, either as sent or gzip
 * ({@code Content-Encoding: gzip}, or a body that is a gzip file). Decompressed text may not exceed the same limit
 * as request bodies, so a small gzip bomb is refused rather than inflated.
 */
final class EventPayload {
  static final Set<String> CONTENT_TYPES = Set.of("application/json", "application/x-ndjson", "application/gzip");
  private static final String OPERATION = "IngestEvents";
  private final long maximumBytes;

  EventPayload(long maximumBytes) {
    this.maximumBytes = maximumBytes;
  }

  /** The records text of {@code body}, checked against its Content-Type and Content-Encoding. */
  byte[] decode(byte[] body, String contentType, String contentEncoding) {
    MediaTypes.requireContentType(contentType, CONTENT_TYPES, OPERATION);
    String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
    boolean gzip = switch (encoding) {
      case "gzip", "x-gzip" -> true;
      case "identity", "" -> isGzip(body);
      default -> throw LakeException.of(ErrorCode.UNSUPPORTED_CONTENT_TYPE, "%s takes Content-Encoding gzip or "
          + "identity; got '%s'", OPERATION, contentEncoding);
    };
    if (!gzip) {
      return body;
    }
    byte[] text = inflate(body);
    if (isGzip(text)) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "the decompressed body is gzip again; compress the records"
          + " once");
    }
    return text;
  }

  private byte[] inflate(byte[] body) {
    try (InputStream input = new GZIPInputStream(new ByteArrayInputStream(body), 1 << 16)) {
      byte[] text = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maximumBytes + 1));
      if (text.length > maximumBytes) {
        throw LakeException.of(ErrorCode.REQUEST_TOO_LARGE, "the body decompresses to more than %d bytes, the most "
            + "this server accepts (server setting maxRequestBytes); send the records in smaller requests",
            maximumBytes);
      }
      return text;
    } catch (IOException corrupt) {
      throw LakeException.of(ErrorCode.SERIALIZATION, "the body is not valid gzip: %s", corrupt.getMessage());
    }
  }

  private static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }
}
