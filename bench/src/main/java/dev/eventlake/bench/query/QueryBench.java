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

/**
 * Runs the suite: first every query in Eventlake, then every query in DuckDB (so each engine's peak memory and
 * profile are its own). Per query and engine: one untimed warm-up run, whose rows are compared between the
 * engines, then {@code runs} timed runs.
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
    List<EngineResult> lake = new ArrayList<>();
    for (BenchQuery query : queries) {
      lake.add(measure(new LakeRunner(engine), query, query.lakeSql(), "Eventlake"));
    }
    Profile lakeProfile = profiler.stop();
    MemoryPeak lakeMemory = monitor.endPhase();
    monitor.beginPhase();
    List<EngineResult> duckResults = new ArrayList<>();
    for (BenchQuery query : queries) {
      duckResults.add(measure(new DuckDbRunner(duck), query, query.duckSql(), "DuckDB"));
    }
    MemoryPeak duckMemory = monitor.endPhase();
    List<QueryMeasurement> measurements = new ArrayList<>();
    for (int index = 0; index < queries.size(); index++) {
      measurements.add(combine(queries.get(index), lake.get(index), duckResults.get(index)));
    }
    return new QueryPhase(parameters, measurements, lakeMemory, duckMemory, lakeProfile);
  }

  private EngineResult measure(EngineRunner runner, BenchQuery query, String sql, String engine) throws Exception {
    try {
      QueryOutcome last = runner.run(sql);
      List<List<Object>> warmRows = last.rows();
      List<Long> nanos = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        long started = System.nanoTime();
        last = runner.run(sql);
        nanos.add(System.nanoTime() - started);
      }
      Timings timings = new Timings(nanos);
      progress.accept(String.format("%-9s %-42s %,10.1f ms median, %,d rows", engine, query.name(),
          timings.medianMillis(), warmRows.size()));
      return new EngineResult(warmRows, timings, last.statistics());
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
    return new QueryMeasurement(query, lake.timings(), duck.timings(), lake.rows().size(),
        statistics.eventsScanned(), statistics.bytesScanned(), statistics.filesRead(), statistics.filesSkipped(),
        mismatch);
  }

  /** One engine's warm-up rows, timings and (Eventlake only) scan statistics of the last run. */
  private record EngineResult(List<List<Object>> rows, Timings timings, ScanStatistics statistics) {}
}
