/** The CloudTrail event model: records as typed Lake rows, parsed from log files and NDJSON. */
package dev.eventlake.store.event;
