/**
 * The Eventlake JDBC driver: {@code jdbc:eventlake://host:port} connections that run SQL through the server's REST
 * API, with typed, paged result sets and database metadata built from the server's stores and their columns.
 */
package dev.eventlake.jdbc;
