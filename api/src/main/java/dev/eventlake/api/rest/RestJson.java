package dev.eventlake.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * JSON of the REST API: camelCase members, ISO-8601 timestamps, absent members left out. Reading is strict: no
 * unknown members, no duplicate members, no coercion between strings, numbers and booleans, nothing after the
 * value. Text that is not JSON is a {@code SerializationException}; a well-formed body that does not fit the
 * request is an {@code InvalidParameterException} naming the member.
 */
public final class RestJson {
  private final ObjectMapper mapper = strictMapper();

  /** Binds a request body to {@code type}; body records validate their members in their constructors. */
  public <T> T read(byte[] body, Class<T> type) {
    try {
      return mapper.readValue(body, type);
    } catch (UnrecognizedPropertyException unknown) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "the request body has no member '%s'; its members are %s",
          unknown.getPropertyName(), unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
              .collect(Collectors.joining(", ")));
    } catch (ValueInstantiationException invalid) {
      if (invalid.getCause() instanceof LakeException lake) {
        throw lake;
      }
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "the request body is not valid: %s",
          invalid.getOriginalMessage());
    } catch (MismatchedInputException wrongType) {
      String path = path(wrongType);
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "%s has the wrong type: %s",
          path.isEmpty() ? "the request body" : "member '" + path + "'", wrongType.getOriginalMessage().split("\n")[0]);
    } catch (JsonMappingException unfit) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "the request body does not fit: %s",
          unfit.getOriginalMessage().split("\n")[0]);
    } catch (JsonProcessingException malformed) {
      throw LakeException.of(ErrorCode.SERIALIZATION, "the request body is not valid JSON: %s",
          malformed.getOriginalMessage().split("\n")[0]);
    } catch (IOException unreadable) {
      throw LakeException.of(ErrorCode.SERIALIZATION, "the request body cannot be read: %s", unreadable.getMessage());
    }
  }

  /** The response body for {@code value}. */
  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException failure) {
      throw new IllegalStateException("cannot write a response of type " + value.getClass().getName(), failure);
    }
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  private static ObjectMapper strictMapper() {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  private static String path(MismatchedInputException failure) {
    return failure.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
            : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }
}
