package dev.eventlake.api.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.store.error.ErrorCategory;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses, in the error format of the API the request was made to. A
 * {@link LakeException} keeps its name and status; anything else is an {@code InternalFailure} (500) whose details go
 * to the log, never into the body.
 */
public final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  private static final String WRITTEN = "eventlake.errorWritten";
  private final ObjectMapper mapper = new ObjectMapper();

  /** Writes the response for {@code failure}. */
  public void handle(Exception failure, Context context) {
    LakeException error = translate(failure, context);
    ApiStyle style = ApiStyle.of(context.path());
    Map<String, String> body = new LinkedHashMap<>();
    switch (style) {
      case AWS_JSON -> {
        body.put("__type", error.code().wireName());
        body.put("Message", error.getMessage());
        context.contentType("application/x-amz-json-1.1");
      }
      case AWS_REST_JSON -> {
        context.header("X-Amzn-ErrorType", error.code().wireName());
        body.put("__type", error.code().wireName());
        body.put("message", error.getMessage());
        context.contentType("application/json");
      }
      case REST -> {
        body.put("code", error.code().wireName());
        body.put("message", error.getMessage());
        context.contentType("application/json");
      }
      default -> throw new IllegalStateException("unknown API style " + style);
    }
    if (error.code() == ErrorCode.MISSING_AUTHENTICATION_TOKEN && style == ApiStyle.REST) {
      context.header("WWW-Authenticate", "Basic realm=\"eventlake\"");
    }
    context.attribute(WRITTEN, true);
    context.status(status(error.code(), style)).result(json(body));
  }

  /**
   * The HTTP status: the code's own, except that authentication failures on the AWS APIs are 403 as AWS answers
   * them (a 401 without a Basic challenge is unreadable to HTTP clients such as {@code HttpURLConnection}, which the
   * AWS SDK's URL-connection client uses).
   */
  private static int status(ErrorCode code, ApiStyle style) {
    if (code.category() == ErrorCategory.UNAUTHORIZED && style != ApiStyle.REST) {
      return ErrorCategory.FORBIDDEN.httpStatus();
    }
    return code.httpStatus();
  }

  /** For Javalin's own 404/405: answers in our format unless a handler already wrote an error. */
  public void handleUnmatched(Context context) {
    if (Boolean.TRUE.equals(context.attribute(WRITTEN))) {
      return;
    }
    ErrorCode code = context.statusCode() == 405 ? ErrorCode.METHOD_NOT_ALLOWED
        : ApiStyle.of(context.path()) == ApiStyle.AWS_JSON ? ErrorCode.UNKNOWN_OPERATION : ErrorCode.ROUTE_NOT_FOUND;
    handle(LakeException.of(code, "no route for %s %s", context.method(), context.path()), context);
  }

  private static LakeException translate(Exception failure, Context context) {
    if (failure instanceof LakeException lake) {
      if (lake.code().httpStatus() >= 500) {
        LOG.error("internal failure on {} {}", context.method(), context.path(), lake);
      }
      return lake;
    }
    if (failure instanceof HttpResponseException http) {
      ErrorCode code = switch (http.getStatus()) {
        case 404 -> ErrorCode.ROUTE_NOT_FOUND;
        case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
        case 413 -> ErrorCode.REQUEST_TOO_LARGE;
        default -> ErrorCode.INVALID_PARAMETER;
      };
      return new LakeException(code, http.getMessage());
    }
    String reference = java.util.UUID.randomUUID().toString();
    LOG.error("internal failure {} on {} {}", reference, context.method(), context.path(), failure);
    return LakeException.of(ErrorCode.INTERNAL_FAILURE, "the server failed to process the request; the server log "
        + "has the details under reference %s", reference);
  }

  private String json(Map<String, String> body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException failure) {
      throw new IllegalStateException(failure);
    }
  }
}
