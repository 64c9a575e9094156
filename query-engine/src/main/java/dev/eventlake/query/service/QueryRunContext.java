package dev.eventlake.query.service;

import dev.eventlake.query.engine.StatementRunner;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.arrow.memory.BufferAllocator;

/** What every query run shares: the settings, the SQL engine, the files, the Arrow memory and the timeout timer. */
record QueryRunContext(QueryServiceConfig config, StatementRunner runner, QueryFiles files, BufferAllocator allocator,
    ScheduledExecutorService timer) {}
