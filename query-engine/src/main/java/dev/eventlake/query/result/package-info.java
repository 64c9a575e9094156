/**
 * Query results on disk and on the wire: Arrow IPC result files written in bounded batches, paged reads, the Arrow
 * stream export, and CloudTrail's all-strings rendering of values.
 */
package dev.eventlake.query.result;
