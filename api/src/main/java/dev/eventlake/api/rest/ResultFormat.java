package dev.eventlake.api.rest;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.Locale;

/** The encodings of query results a client can ask for with {@code Accept}; JSON when it asks for nothing. */
enum ResultFormat {
  JSON("application/json"),
  CSV("text/csv"),
  ARROW("application/vnd.apache.arrow.stream");

  private final String mediaType;

  ResultFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  String mediaType() {
    return mediaType;
  }

  /** The format {@code accept} prefers most (highest q; ties go to JSON, then CSV, then Arrow). */
  static ResultFormat negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    ResultFormat best = null;
    double bestQuality = 0;
    for (ResultFormat format : values()) {
      double quality = format.quality(accept);
      if (quality > bestQuality) {
        best = format;
        bestQuality = quality;
      }
    }
    if (best == null) {
      throw LakeException.of(ErrorCode.NOT_ACCEPTABLE_MEDIA_TYPE, "query results come as %s, %s or %s; the request "
          + "accepts only '%s'", JSON.mediaType, CSV.mediaType, ARROW.mediaType, accept);
    }
    return best;
  }

  /** The q-value {@code accept} gives this format through its most specific matching media range; 0 if none. */
  private double quality(String accept) {
    int bestSpecificity = -1;
    double quality = 0;
    String type = mediaType.substring(0, mediaType.indexOf('/'));
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String essence = parts[0].strip().toLowerCase(Locale.ROOT);
      int specificity = essence.equals(mediaType) ? 2 : essence.equals(type + "/*") ? 1 : essence.equals("*/*") ? 0
          : -1;
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        quality = qualityParameter(parts);
      }
    }
    return quality;
  }

  private static double qualityParameter(String[] parts) {
    for (int index = 1; index < parts.length; index++) {
      String parameter = parts[index].strip();
      if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
        try {
          double quality = Double.parseDouble(parameter.substring(2).strip());
          return quality >= 0 && quality <= 1 ? quality : 0;
        } catch (NumberFormatException notANumber) {
          return 0;
        }
      }
    }
    return 1;
  }
}
