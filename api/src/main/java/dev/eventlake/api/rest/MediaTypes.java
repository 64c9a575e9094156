package dev.eventlake.api.rest;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.Locale;
import java.util.Set;

/** Media type checks for request bodies: the type without parameters, compared case-insensitively. */
final class MediaTypes {
  static final String JSON = "application/json";

  private MediaTypes() {}

  /** {@code text/csv} of {@code Text/CSV; charset=utf-8}; null for null. */
  static String essence(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** Refuses a declared Content-Type outside {@code accepted}; an absent one is taken as acceptable. */
  static void requireContentType(String contentType, Set<String> accepted, String operation) {
    String essence = essence(contentType);
    if (essence != null && !essence.isEmpty() && !accepted.contains(essence)) {
      throw LakeException.of(ErrorCode.UNSUPPORTED_CONTENT_TYPE, "%s takes a body of type %s; got Content-Type '%s'",
          operation, String.join(" or ", accepted.stream().sorted().toList()), contentType);
    }
  }
}
