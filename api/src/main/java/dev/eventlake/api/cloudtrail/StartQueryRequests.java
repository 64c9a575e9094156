package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.cloudtrail.QueryShapes.StartInput;
import dev.eventlake.query.saved.ParameterValues;
import dev.eventlake.query.saved.SavedQueries;
import dev.eventlake.query.service.QueryRequest;
import dev.eventlake.query.sql.BoundParameter;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.query.sql.ParameterType;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns StartQuery's members into a query request. Either {@code QueryStatement} (its {@code ?} placeholders take the
 * {@code QueryParameters} as strings, as CloudTrail's dashboard widgets do) or {@code QueryAlias}, the name of a saved
 * query whose declared parameters take the {@code QueryParameters} in order, typed; missing ones take defaults.
 */
final class StartQueryRequests {
  private static final int MAXIMUM_PARAMETERS = 10;
  private static final int MAXIMUM_PARAMETER_LENGTH = 1_024;

  private final SavedQueries saved;

  StartQueryRequests(SavedQueries saved) {
    this.saved = saved;
  }

  QueryRequest of(StartInput input) {
    boolean hasStatement = input.queryStatement() != null && !input.queryStatement().isEmpty();
    if (hasStatement == (input.queryAlias() != null)) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "StartQuery needs either a QueryStatement or a QueryAlias "
          + "(the name of a saved query), not %s.", hasStatement ? "both" : "neither");
    }
    List<String> parameters = checkedParameters(input.queryParameters());
    BoundStatement statement = hasStatement ? positionalStrings(input.queryStatement(), parameters)
        : saved.bind(input.queryAlias(), null, ParameterValues.positional(parameters));
    return new QueryRequest(statement, input.queryAlias() == null ? null : saved.get(input.queryAlias()).name(),
        input.deliveryS3Uri());
  }

  private static BoundStatement positionalStrings(String sql, List<String> parameters) {
    List<BoundParameter> bound = new ArrayList<>();
    for (int index = 0; index < parameters.size(); index++) {
      bound.add(new BoundParameter(Integer.toString(index + 1), ParameterType.VARCHAR, parameters.get(index)));
    }
    return new BoundStatement(sql, bound);
  }

  private static List<String> checkedParameters(List<String> parameters) {
    if (parameters == null) {
      return List.of();
    }
    if (parameters.isEmpty() || parameters.size() > MAXIMUM_PARAMETERS) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "QueryParameters holds 1 to %d values; got %d.",
          MAXIMUM_PARAMETERS, parameters.size());
    }
    for (int index = 0; index < parameters.size(); index++) {
      String value = parameters.get(index);
      if (value == null || value.isEmpty() || value.length() > MAXIMUM_PARAMETER_LENGTH) {
        throw LakeException.of(ErrorCode.INVALID_PARAMETER, "QueryParameters value %d must be 1 to %d characters.",
            index + 1, MAXIMUM_PARAMETER_LENGTH);
      }
    }
    return parameters;
  }
}
