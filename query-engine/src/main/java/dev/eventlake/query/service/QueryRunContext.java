package dev.eventlake.query.service;

import dev.eventlake.query.engine.StatementRunner;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.arrow.memory.BufferAllocator;

/**
 * What every query run shares: the settings, the SQL engine, the files, the Arrow memory, the timeout timer and the
 * delivery of finished results.
 */
record QueryRunContext(QueryServiceConfig config, StatementRunner runner, QueryFiles files, BufferAllocator allocator,
    ScheduledExecutorService timer, QueryDeliveries deliveries) {}
