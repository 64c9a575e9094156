/**
 * Scanning one store: pruned, projected, parallel reads of its Parquet files plus its write-ahead-log events,
 * handed to the query as rows in the form of {@link dev.eventlake.query.scan.EventRows}.
 */
package dev.eventlake.query.scan;
