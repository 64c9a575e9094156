/**
 * {@code eventlake bench}: generates CloudTrail logs, ingests them into Eventlake and into DuckDB, runs the same
 * audit queries in both engines over the store's own Parquet files, checks that the answers agree and writes a
 * markdown report of every figure.
 */
package dev.eventlake.bench;
