package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The service-specific parts of one record, drawn once per event and then written field by field in CloudTrail's
 * order. Methods named for a value write only the value; the {@code additional}, {@code resources} and
 * {@code serviceEventDetails} methods write their whole member, or nothing.
 */
interface Payload {

  /** The {@code requestParameters} value: an object, or null. */
  void writeRequestParameters(JsonGenerator json) throws IOException;

  /** The {@code responseElements} value of a successful call. */
  default void writeResponseElements(JsonGenerator json) throws IOException {
    json.writeNull();
  }

  /** The {@code responseElements} value of a failed call. */
  default void writeFailureResponseElements(JsonGenerator json) throws IOException {
    json.writeNull();
  }

  default void writeAdditionalEventData(JsonGenerator json) throws IOException {}

  default void writeResources(JsonGenerator json) throws IOException {}

  default void writeServiceEventDetails(JsonGenerator json) throws IOException {}

  /** The {@code tlsDetails.clientProvidedHostHeader}, or null for the operation's regional endpoint. */
  default String hostHeader() {
    return null;
  }

  /** Draws the payload of one call. */
  @FunctionalInterface
  interface Shape {
    Payload create(CallContext call);
  }
}
