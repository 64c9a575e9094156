/**
 * Saved queries: named, versioned SQL with typed parameters and tags, kept in the data directory, bound to parameter
 * values (never pasted into the SQL) and run through the query service.
 */
package dev.eventlake.query.saved;
