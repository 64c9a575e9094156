/**
 * Queries as a service: start, describe, page, list, cancel and expire CloudTrail Lake queries run by a
 * {@link dev.eventlake.query.engine.StatementRunner}, with bounded concurrency, a FIFO queue, timeouts, a memory
 * budget and durable state and results under the data directory.
 */
package dev.eventlake.query.service;
