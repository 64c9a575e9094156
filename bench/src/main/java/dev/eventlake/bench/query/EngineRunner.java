package dev.eventlake.bench.query;

/** Runs one SQL text to completion in one engine, reading every value of every row. */
interface EngineRunner {
  QueryOutcome run(String sql) throws Exception;
}
