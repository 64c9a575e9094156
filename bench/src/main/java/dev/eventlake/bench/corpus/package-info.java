/** The synthetic CloudTrail logs a benchmark reads: generated once, then reused. */
package dev.eventlake.bench.corpus;
