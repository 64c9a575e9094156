package dev.eventlake.api.cloudtrail;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.stream.Collectors;

/**
 * JSON as the AWS JSON 1.1 protocol writes it: members in UpperCamelCase, timestamps as epoch seconds (with a
 * fraction), absent members left out. Reading is strict: an unknown member or a wrong type is an
 * {@code InvalidParameterException} naming it, and so is a null inside a list; text that is not JSON is a
 * {@code SerializationException}.
 */
public final class WireJson {
  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));

  /** Parses a request body; an empty body is the empty object. */
  public JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return mapper.createObjectNode();
    }
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || !node.isObject()) {
        throw LakeException.of(ErrorCode.SERIALIZATION, "the request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException failure) {
      throw LakeException.of(ErrorCode.SERIALIZATION, "the request body is not valid JSON: %s",
          failure.getOriginalMessage());
    } catch (java.io.IOException failure) {
      throw new java.io.UncheckedIOException(failure);
    }
  }

  /** Binds {@code input} to the operation's input record. */
  public <T> T bind(JsonNode input, Class<T> type, String operation) {
    try {
      return mapper.treeToValue(input, type);
    } catch (UnrecognizedPropertyException unknown) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "%s has no member '%s'; its members are %s", operation,
          unknown.getPropertyName(), unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
              .collect(Collectors.joining(", ")));
    } catch (MismatchedInputException wrongType) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "%s: member %s has the wrong type (%s)", operation,
          path(wrongType), wrongType.getOriginalMessage().split("\n")[0]);
    } catch (JsonProcessingException failure) {
      throw LakeException.of(ErrorCode.SERIALIZATION, "%s: cannot read the input: %s", operation,
          failure.getOriginalMessage());
    }
  }

  /** The response body for {@code output}. */
  public byte[] write(Object output) {
    try {
      return mapper.writeValueAsBytes(output);
    } catch (JsonProcessingException failure) {
      throw new IllegalStateException("cannot write a response", failure);
    }
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  private static String path(MismatchedInputException failure) {
    return failure.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
