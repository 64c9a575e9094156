/**
 * A small client for Eventlake's REST API ({@code /v1}): stores, their columns and queries with paged, typed
 * results. It needs only the JDK's HTTP client and Jackson, so the JDBC driver can be built on it without the server.
 */
package dev.eventlake.client;
