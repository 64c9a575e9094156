package dev.eventlake.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.query.sql.BoundParameter;
import dev.eventlake.query.sql.ParameterType;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.ArrayList;
import java.util.List;

/**
 * A typed parameter value of {@code POST /v1/queries}: {@code {"name", "type", "value"}} where the value is JSON of
 * its type (a string for VARCHAR and TIMESTAMP, an integer for BIGINT, a number for DOUBLE, a boolean for BOOLEAN).
 * Without a name it takes the {@code ?} placeholder of its position; with one, the {@code :name} placeholder.
 */
record QueryParameterJson(String name, String type, JsonNode value) {
  /** The parameters as the engine binds them; every mismatch is an InvalidParameterException naming the entry. */
  static List<BoundParameter> bind(List<QueryParameterJson> parameters) {
    List<BoundParameter> bound = new ArrayList<>();
    if (parameters == null) {
      return bound;
    }
    for (int index = 0; index < parameters.size(); index++) {
      QueryParameterJson parameter = parameters.get(index);
      String member = "parameters[" + index + "]";
      if (parameter == null) {
        throw LakeException.of(ErrorCode.INVALID_PARAMETER, "member '%s' is null", member);
      }
      bound.add(parameter.toBound(member, Integer.toString(index + 1)));
    }
    return bound;
  }

  private BoundParameter toBound(String member, String position) {
    BodyChecks.required(type, member + ".type");
    ParameterType parameterType = ParameterType.parse(type);
    if (value == null || value.isNull()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "member '%s.value' is required: parameters always have a "
          + "value (write IS NULL in the SQL for NULL)", member);
    }
    if (!fits(parameterType, value)) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "member '%s' is %s, so its value must be a JSON %s; got %s",
          member, parameterType, expected(parameterType), value);
    }
    String text = value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
    return new BoundParameter(name == null ? position : name, parameterType, text).checked();
  }

  private static boolean fits(ParameterType type, JsonNode value) {
    return switch (type) {
      case VARCHAR, TIMESTAMP -> value.isTextual();
      case BIGINT -> value.isIntegralNumber();
      case DOUBLE -> value.isNumber();
      case BOOLEAN -> value.isBoolean();
    };
  }

  private static String expected(ParameterType type) {
    return switch (type) {
      case VARCHAR -> "string";
      case TIMESTAMP -> "string such as \"2024-01-05 13:51:00\"";
      case BIGINT -> "integer";
      case DOUBLE -> "number";
      case BOOLEAN -> "boolean";
    };
  }
}
