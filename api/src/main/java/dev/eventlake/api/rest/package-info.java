/**
 * Eventlake's own REST API under {@code /v1}: resource-oriented JSON for people and scripts, one {@link
 * dev.eventlake.api.rest.RestRoutes} group per resource, documented by {@code /openapi.json}.
 */
package dev.eventlake.api.rest;
