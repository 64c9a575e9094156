package dev.eventlake.api.rest;

import java.util.List;

/** The routes of one REST resource (stores, queries, events, keys…); the server registers every group it gets. */
public interface RestRoutes {
  List<RestRoute> routes();
}
