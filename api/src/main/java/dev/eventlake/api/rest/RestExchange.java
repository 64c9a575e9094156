package dev.eventlake.api.rest;

import dev.eventlake.api.auth.Caller;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import io.javalin.http.Context;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** One authenticated REST request and its response: path and query parameters, the body, and JSON answers. */
public final class RestExchange {
  private final Context context;
  private final RestRoute route;
  private final byte[] body;
  private final Caller caller;
  private final RestJson json;

  RestExchange(Context context, RestRoute route, byte[] body, Caller caller, RestJson json) {
    this.context = context;
    this.route = route;
    this.body = body;
    this.caller = caller;
    this.json = json;
  }

  public Caller caller() {
    return caller;
  }

  /** A path parameter, as decoded by the router. */
  public String path(String name) {
    return context.pathParam(name);
  }

  /** A query parameter the route declares, or null when absent. */
  public String query(String name) {
    if (!route.queryParameters().contains(name)) {
      throw new IllegalStateException(route.operation() + " does not declare query parameter " + name);
    }
    List<String> values = context.queryParamMap().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** An integer query parameter, or null; anything but an integer is an error with {@code code}. */
  public Integer queryInteger(String name, ErrorCode code) {
    String text = query(name);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException notANumber) {
      throw LakeException.of(code, "query parameter %s must be an integer; got '%s'", name, text);
    }
  }

  /** An ISO-8601 instant query parameter ({@code 2024-01-31T23:59:59Z}), or null. */
  public Instant queryInstant(String name) {
    String text = query(name);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notATime) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "query parameter %s must be an ISO-8601 time such as "
          + "2024-01-31T23:59:59Z; got '%s'", name, text);
    }
  }

  /** The JSON body bound to {@code type}; an empty body is refused. */
  public <T> T body(Class<T> type) {
    if (RestApi.isBlank(body)) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "%s needs a JSON object as request body", route.operation());
    }
    MediaTypes.requireContentType(context.contentType(), Set.of(MediaTypes.JSON), route.operation());
    return json.read(body, type);
  }

  /** The raw request body, read within the size limit. */
  public byte[] rawBody() {
    return body;
  }

  /** A request header, or null. */
  public String header(String name) {
    return context.header(name);
  }

  /** Sets a response header. */
  public RestExchange responseHeader(String name, String value) {
    context.header(name, value);
    return this;
  }

  /** Answers with {@code status} and {@code value} as JSON. */
  public void respond(int status, Object value) {
    context.status(status).contentType("application/json").result(json.write(value));
  }

  /** Answers 204 without a body. */
  public void noContent() {
    context.status(204).result(new byte[0]);
  }

  /** Answers with {@code status} and a body of {@code contentType} written to the returned stream. */
  public OutputStream stream(int status, String contentType) {
    context.status(status).contentType(contentType);
    return context.outputStream();
  }
}
