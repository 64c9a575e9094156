/** The query phase: the audit query suite in both engines, warm timings, and the check that answers agree. */
package dev.eventlake.bench.query;
