package dev.eventlake.api.rest;

import static java.util.Objects.requireNonNull;

import dev.eventlake.api.auth.Access;
import java.util.Set;

/**
 * One route of the REST API: HTTP method and path (Javalin syntax, {@code {name}} for path parameters), the
 * operation name used in errors and in the OpenAPI document, the access it needs, the query parameters it takes
 * (any other is refused), whether it takes a request body, and what it does.
 */
public record RestRoute(String method, String path, String operation, Access access, Set<String> queryParameters,
    boolean takesBody, RestHandler handler) {

  public RestRoute {
    requireNonNull(method, "method is null");
    requireNonNull(path, "path is null");
    requireNonNull(operation, "operation is null");
    requireNonNull(access, "access is null");
    queryParameters = Set.copyOf(queryParameters);
    requireNonNull(handler, "handler is null");
  }

  /** A route without query parameters or body. */
  public static RestRoute of(String method, String path, String operation, Access access, RestHandler handler) {
    return new RestRoute(method, path, operation, access, Set.of(), false, handler);
  }

  /** A route that takes a request body. */
  public static RestRoute withBody(String method, String path, String operation, Access access,
      RestHandler handler) {
    return new RestRoute(method, path, operation, access, Set.of(), true, handler);
  }

  /** This route, also taking the query parameters {@code names}. */
  public RestRoute withQuery(String... names) {
    return new RestRoute(method, path, operation, access, Set.of(names), takesBody, handler);
  }
}
