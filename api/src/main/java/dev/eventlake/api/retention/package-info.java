/** Retention wired into the Eventlake process: store sweeps and query-result expiry, scheduled or run once. */
package dev.eventlake.api.retention;
