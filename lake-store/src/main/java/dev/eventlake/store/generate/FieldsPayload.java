package dev.eventlake.store.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * A payload whose request parameters are a flat object of string, boolean or number fields and whose response is
 * null, optionally naming one resource (type and ARN) in the {@code resources} array.
 */
record FieldsPayload(List<Object> namesAndValues, String accountId, String resourceType, String resourceArn)
    implements Payload {

  /** Request parameters from alternating names and values. */
  static FieldsPayload of(Object... namesAndValues) {
    return new FieldsPayload(List.of(namesAndValues), null, null, null);
  }

  /** The same request, naming one resource. */
  FieldsPayload withResource(String owner, String type, String arn) {
    return new FieldsPayload(namesAndValues, owner, type, arn);
  }

  @Override
  public void writeRequestParameters(JsonGenerator json) throws IOException {
    json.writeStartObject();
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      String name = (String) namesAndValues.get(i);
      Object value = namesAndValues.get(i + 1);
      if (value instanceof Boolean flag) {
        json.writeBooleanField(name, flag);
      } else if (value instanceof Number number) {
        json.writeNumberField(name, number.longValue());
      } else {
        json.writeStringField(name, value.toString());
      }
    }
    json.writeEndObject();
  }

  @Override
  public void writeResources(JsonGenerator json) throws IOException {
    if (resourceArn != null) {
      JsonParts.singleResource(json, accountId, resourceType, resourceArn);
    }
  }
}
