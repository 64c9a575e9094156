package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A payload with null request parameters and response elements, as GetCallerIdentity and ListUsers record. */
enum EmptyPayload implements Payload {
  INSTANCE;

  @Override
  public void writeRequestParameters(JsonGenerator json) throws IOException {
    json.writeNull();
  }
}
