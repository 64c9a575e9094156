package dev.eventlake.query.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.query.scan.ScanRequest;

/** Carries a {@link ScanRequest} into generated code as a JSON string constant. */
final class ScanRequests {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ScanRequests() {}

  static String toJson(ScanRequest request) {
    try {
      return MAPPER.writeValueAsString(request);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("cannot encode " + request, impossible);
    }
  }

  static ScanRequest fromJson(String json) {
    try {
      return MAPPER.readValue(json, ScanRequest.class);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("cannot decode scan request " + json, impossible);
    }
  }
}
