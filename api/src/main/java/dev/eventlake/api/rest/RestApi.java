package dev.eventlake.api.rest;

import dev.eventlake.api.auth.Authenticator;
import dev.eventlake.api.auth.Caller;
import dev.eventlake.api.server.Requests;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The REST API under {@code /v1}: registers every route of the groups it is given and runs each request through the
 * same steps — read the body within the size limit, authenticate (HTTP Basic or SigV4 for service {@code eventlake}
 * or {@code cloudtrail}), check the role, refuse unknown query parameters and unexpected bodies, then call the
 * route. Also serves the OpenAPI document at {@code /openapi.json}, without authentication.
 */
public final class RestApi {
  /** The SigV4 service names REST requests may be signed for. */
  public static final Set<String> SERVICES = Set.of("eventlake", "cloudtrail");
  public static final String DOCUMENT_PATH = "/openapi.json";

  private final Authenticator authenticator;
  private final RestJson json;
  private final List<RestRoute> routes = new ArrayList<>();
  private final OpenApiDocument document = OpenApiDocument.load();

  public RestApi(Authenticator authenticator, RestJson json, List<RestRoutes> groups) {
    this.authenticator = authenticator;
    this.json = json;
    groups.forEach(group -> routes.addAll(group.routes()));
  }

  /** Every route served, for documentation and tests. */
  public List<RestRoute> routes() {
    return List.copyOf(routes);
  }

  /** Adds the routes and the OpenAPI document to a Javalin configuration. */
  public void register(RoutesConfig config) {
    for (RestRoute route : routes) {
      config.addEndpoint(new Endpoint(HandlerType.findOrCreate(route.method()), route.path(),
          context -> handle(route, context)));
    }
    config.get(DOCUMENT_PATH, context -> context.contentType("application/json").result(document.bytes()));
  }

  private void handle(RestRoute route, Context context) throws IOException {
    byte[] body = Requests.body(context);
    Caller caller = authenticator.authenticate(Requests.signed(context, body), SERVICES, true);
    Authenticator.authorize(caller, route.access(), route.operation());
    checkQueryParameters(route, context.queryParamMap());
    if (!route.takesBody() && !isBlank(body) && !new String(body, StandardCharsets.UTF_8).strip().equals("{}")) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "%s takes no request body", route.operation());
    }
    route.handler().handle(new RestExchange(context, route, body, caller, json));
  }

  private static void checkQueryParameters(RestRoute route, Map<String, List<String>> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (!route.queryParameters().contains(parameter.getKey())) {
        throw LakeException.of(ErrorCode.INVALID_PARAMETER, "%s has no query parameter '%s'; it takes %s",
            route.operation(), parameter.getKey(), route.queryParameters().isEmpty() ? "none"
                : String.join(", ", new TreeSet<>(route.queryParameters())));
      }
      if (parameter.getValue().size() > 1) {
        throw LakeException.of(ErrorCode.INVALID_PARAMETER, "query parameter '%s' is given %d times; give it once",
            parameter.getKey(), parameter.getValue().size());
      }
    }
  }

  static boolean isBlank(byte[] body) {
    for (byte character : body) {
      if (character != ' ' && character != '\t' && character != '\r' && character != '\n') {
        return false;
      }
    }
    return true;
  }
}
