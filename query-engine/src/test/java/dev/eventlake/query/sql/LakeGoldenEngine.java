package dev.eventlake.query.sql;

import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.result.ValueText;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.testing.TestLakes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The golden engine over the real lake: both stores written as Parquet and queried through {@link LakeEngine}. */
final class LakeGoldenEngine implements GoldenEngine {
  private final Path directory;
  private final LakeEngine engine;
  private final String store1;
  private final String store2;

  LakeGoldenEngine() {
    try {
      directory = Files.createTempDirectory("eventlake-golden");
      Lake lake = TestLakes.open(directory, TestLakes.BEFORE_CORPUS);
      List<CloudTrailEvent> events = CorpusEvents.all();
      store1 = write(lake, "management-events",
          events.stream().filter(event -> "Management".equals(event.eventCategory())).toList());
      store2 = write(lake, "outside-us-east-1",
          events.stream().filter(event -> !"us-east-1".equals(event.awsRegion())).toList());
      engine = new LakeEngine(lake, QueryEngineConfig.defaults());
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static String write(Lake lake, String name, List<CloudTrailEvent> events) throws IOException {
    EventDataStore store = lake.catalog().create(CreateStoreRequest.named(name));
    lake.files(store).commit(events, List.of("golden:" + name));
    return store.id();
  }

  @Override
  public String store1() {
    return store1;
  }

  @Override
  public String store2() {
    return store2;
  }

  @Override
  public Result run(String statement) {
    List<List<String>> rows = new ArrayList<>();
    try (StatementExecution execution = engine.start(statement, new ScanStatistics())) {
      while (execution.next()) {
        List<String> row = new ArrayList<>();
        for (int column = 0; column < execution.columns().size(); column++) {
          row.add(ValueText.render(execution.row()[column], execution.columns().get(column).type()));
        }
        rows.add(row);
      }
      return new Result(execution.columns().stream().map(column -> column.label()).toList(), rows);
    }
  }

  @Override
  public void close() {
    engine.close();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
