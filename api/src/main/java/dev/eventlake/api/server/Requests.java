package dev.eventlake.api.server;

import dev.eventlake.api.auth.SignedRequest;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads requests the same way for every API: the body once and within the size limit, and what SigV4 signs. */
public final class Requests {
  static final String BODY_LIMIT = "eventlake.bodyLimit";
  private static final String BODY = "eventlake.body";
  /** How much of a body that is too large is still read and dropped before refusing it. */
  private static final long SWALLOWED_BYTES = 2L << 20;

  private Requests() {}

  /** The request body, read at most once; larger than the configured limit → {@code RequestEntityTooLargeException}. */
  public static byte[] body(Context context) {
    byte[] cached = context.attribute(BODY);
    if (cached != null) {
      return cached;
    }
    Long limit = context.attribute(BODY_LIMIT);
    long maximum = limit == null ? Long.MAX_VALUE : limit;
    long declared = context.req().getContentLengthLong();
    try (InputStream in = context.req().getInputStream()) {
      if (declared > maximum) {
        swallow(in, declared <= maximum + SWALLOWED_BYTES ? declared : 0);
        throw tooLarge(declared, maximum);
      }
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maximum + 1));
      if (body.length > maximum) {
        swallow(in, SWALLOWED_BYTES);
        throw tooLarge(body.length, maximum);
      }
      context.attribute(BODY, body);
      return body;
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read the request body", failure);
    }
  }

  /** What SigV4 looks at: method, raw path and query, headers by lower-case name, and the body. */
  public static SignedRequest signed(Context context, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(context.req().getHeaderNames())) {
      headers.put(name.toLowerCase(Locale.ROOT), Collections.list(context.req().getHeaders(name)));
    }
    return new SignedRequest(context.req().getMethod(), context.req().getRequestURI(),
        context.req().getQueryString(), headers, body);
  }

  /**
   * Reads and drops up to {@code bytes} of a body that is refused, so that a client still sending it gets to read
   * the refusal instead of a broken connection (as servlet containers do, within a bound).
   */
  private static void swallow(InputStream in, long bytes) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long left = bytes;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        return;
      }
      left -= read;
    }
  }

  private static LakeException tooLarge(long size, long maximum) {
    return LakeException.of(ErrorCode.REQUEST_TOO_LARGE, "the request body has %d bytes; this server accepts at most"
        + " %d (server setting maxRequestBytes)", size, maximum);
  }
}
