/** The ingest phase: the same gzip logs into an Eventlake store and, for comparison, into Parquet by DuckDB. */
package dev.eventlake.bench.ingest;
