package dev.eventlake.api.rest;

import java.io.IOException;

/** What a REST route does with an authenticated, authorised request. */
@FunctionalInterface
public interface RestHandler {
  void handle(RestExchange exchange) throws IOException;
}
