package dev.eventlake.bench.query;

import dev.eventlake.bench.DuckDbSession;
import dev.eventlake.bench.measure.MemoryPeak;
import dev.eventlake.bench.measure.Profile;
import dev.eventlake.bench.measure.ResourceMonitor;
import dev.eventlake.bench.measure.SamplingProfiler;
import dev.eventlake.bench.measure.Timings;
import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.scan.ScanStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the suite: first in Eventlake, then in DuckDB (so each engine's peak memory and profile are its own). Each
 * engine runs the suite in passes: one untimed warm-up pass (whose rows are compared between the engines), then
 * {@code runs} timed passes. Passes, rather than all runs of one query in a row, give every query the same share of
 * a warming JIT compiler.
 */
public final class QueryBench {
  private final int runs;
  private final ResourceMonitor monitor;
  private final boolean profile;
  private final Consumer<String> progress;

  public QueryBench(int runs, ResourceMonitor monitor, boolean profile, Consumer<String> progress) {
    this.runs = runs;
    this.monitor = monitor;
    this.profile = profile;
    this.progress = progress;
  }

  /** Times {@code queries} in both engines and checks that their answers agree. */
  public QueryPhase run(QueryParameters parameters, List<BenchQuery> queries, LakeEngine engine, DuckDbSession duck)
      throws Exception {
    monitor.beginPhase();
    SamplingProfiler profiler = SamplingProfiler.start(profile);
    List<EngineResult> lake = passes(new LakeRunner(engine), queries, BenchQuery::lakeSql, "Eventlake");
    Profile lakeProfile = profiler.stop();
    MemoryPeak lakeMemory = monitor.endPhase();
    monitor.beginPhase();
    List<EngineResult> duckResults = passes(new DuckDbRunner(duck), queries, BenchQuery::duckSql, "DuckDB");
    MemoryPeak duckMemory = monitor.endPhase();
    List<QueryMeasurement> measurements = new ArrayList<>();
    for (int index = 0; index < queries.size(); index++) {
      measurements.add(combine(queries.get(index), lake.get(index), duckResults.get(index)));
    }
    return new QueryPhase(parameters, measurements, lakeMemory, duckMemory, lakeProfile);
  }

  private List<EngineResult> passes(EngineRunner runner, List<BenchQuery> queries, Function<BenchQuery, String> sql,
      String engine) throws Exception {
    List<EngineResult.Builder> results = new ArrayList<>();
    for (BenchQuery query : queries) {
      long started = System.nanoTime();
      QueryOutcome outcome = run(runner, query, sql.apply(query), engine);
      results.add(new EngineResult.Builder(outcome.rows(), System.nanoTime() - started));
    }
    for (int pass = 1; pass <= runs; pass++) {
      progress.accept(String.format("%s: timed pass %d of %d", engine, pass, runs));
      for (int index = 0; index < queries.size(); index++) {
        long started = System.nanoTime();
        QueryOutcome outcome = run(runner, queries.get(index), sql.apply(queries.get(index)), engine);
        results.get(index).timed(System.nanoTime() - started, outcome.statistics());
      }
    }
    List<EngineResult> built = new ArrayList<>();
    for (int index = 0; index < queries.size(); index++) {
      EngineResult result = results.get(index).build();
      built.add(result);
      progress.accept(String.format("%-9s %-42s %,10.1f ms median, %,d rows", engine, queries.get(index).name(),
          result.timings().medianMillis(), result.rows().size()));
    }
    return built;
  }

  private static QueryOutcome run(EngineRunner runner, BenchQuery query, String sql, String engine) {
    try {
      return runner.run(sql);
    } catch (Exception failure) {
      throw new IllegalStateException(engine + " failed on query " + query.name() + ": " + sql, failure);
    }
  }

  private QueryMeasurement combine(BenchQuery query, EngineResult lake, EngineResult duck) {
    String mismatch = CanonicalRows.difference(lake.rows(), duck.rows()).orElse(null);
    if (mismatch != null) {
      progress.accept("RESULT MISMATCH in " + query.name() + ": " + mismatch);
    }
    ScanStatistics statistics = lake.statistics();
    return new QueryMeasurement(query, lake.timings(), duck.timings(), lake.warmUpNanos(), duck.warmUpNanos(),
        lake.rows().size(), statistics.eventsScanned(), statistics.bytesScanned(), statistics.filesRead(),
        statistics.filesSkipped(), mismatch);
  }

  /** One engine's warm-up rows and time, timings, and (Eventlake only) scan statistics of the last run. */
  private record EngineResult(List<List<Object>> rows, long warmUpNanos, Timings timings,
      ScanStatistics statistics) {

    /** Collects the runs of one query as the passes go. */
    private static final class Builder {
      private final List<List<Object>> rows;
      private final long warmUpNanos;
      private final List<Long> nanos = new ArrayList<>();
      private ScanStatistics statistics;

      Builder(List<List<Object>> rows, long warmUpNanos) {
        this.rows = rows;
        this.warmUpNanos = warmUpNanos;
      }

      void timed(long runNanos, ScanStatistics runStatistics) {
        nanos.add(runNanos);
        statistics = runStatistics;
      }

      EngineResult build() {
        return new EngineResult(rows, warmUpNanos, new Timings(nanos), statistics);
      }
    }
  }
}
