package dev.eventlake.bench;

import dev.eventlake.bench.corpus.Corpus;
import dev.eventlake.bench.corpus.LogCorpus;
import dev.eventlake.bench.ingest.DuckDbIngest;
import dev.eventlake.bench.ingest.EventlakeIngest;
import dev.eventlake.bench.ingest.IngestMeasurement;
import dev.eventlake.bench.ingest.LakeIngest;
import dev.eventlake.bench.measure.MachineInfo;
import dev.eventlake.bench.measure.ResourceMonitor;
import dev.eventlake.bench.query.ParameterFinder;
import dev.eventlake.bench.query.QueryBench;
import dev.eventlake.bench.query.QueryParameters;
import dev.eventlake.bench.query.QueryPhase;
import dev.eventlake.bench.query.QuerySuite;
import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/** One benchmark run, phase by phase: logs, ingest in both engines, the query suite in both engines. */
public final class Benchmark {
  private final BenchConfig config;
  private final Consumer<String> progress;

  public Benchmark(BenchConfig config, Consumer<String> progress) {
    this.config = config;
    this.progress = progress;
  }

  public BenchResult run() throws Exception {
    Instant startedAt = Instant.now();
    double loadAtStart = MachineInfo.loadAverage();
    long started = System.nanoTime();
    Path data = config.dataDirectory();
    try (ResourceMonitor monitor = new ResourceMonitor();
        DuckDbSession duck = DuckDbSession.open(config.duckDbMemoryBytes(), data.resolve("duckdb-spill"))) {
      Corpus corpus = LogCorpus.prepare(config, progress);
      progress.accept(String.format("Eventlake: importing %,d gzip files", corpus.files()));
      LakeIngest lakeIngest = EventlakeIngest.run(corpus, data.resolve("eventlake"), config.lastDay(), monitor,
          config.profile());
      progress.accept(describe(lakeIngest.measurement()));
      progress.accept("DuckDB: read_json_objects + json_transform → COPY TO parquet");
      IngestMeasurement duckIngest = DuckDbIngest.run(duck, corpus, data.resolve("duckdb"), monitor);
      progress.accept(describe(duckIngest));
      QueryPhase queries = queries(lakeIngest, duck, monitor);
      return new BenchResult(config, MachineInfo.current(), duck.version(), startedAt, loadAtStart,
          MachineInfo.loadAverage(), System.nanoTime() - started, corpus, lakeIngest, duckIngest, queries);
    }
  }

  private QueryPhase queries(LakeIngest lakeIngest, DuckDbSession duck, ResourceMonitor monitor) throws Exception {
    LocalDate day = config.firstDay().plusDays(config.days() / 2);
    QueryParameters parameters = ParameterFinder.find(duck, lakeIngest.eventsStoreId(),
        lakeIngest.lake().config().storeDirectory(lakeIngest.eventsStoreId()), lakeIngest.recentStoreId(),
        lakeIngest.lake().config().storeDirectory(lakeIngest.recentStoreId()), day, config.lastDay());
    try (LakeEngine engine = new LakeEngine(lakeIngest.lake(), QueryEngineConfig.defaults())) {
      return new QueryBench(config.runs(), monitor, config.profile(), progress)
          .run(parameters, QuerySuite.queries(parameters), engine, duck);
    }
  }

  private static String describe(IngestMeasurement ingest) {
    return String.format("%-9s ingested %,d events in %,.1f s (%,.0f events/s), %,.1f Parquet bytes/event",
        ingest.engine(), ingest.events(), ingest.seconds(), ingest.eventsPerSecond(), ingest.bytesPerEvent());
  }
}
