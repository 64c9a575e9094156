package dev.eventlake.api.cli;

import static dev.eventlake.store.selector.AdvancedFieldSelector.equalTo;

import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.generate.EventGenerator;
import dev.eventlake.store.generate.GeneratorConfig;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.ingest.ImportResult;
import dev.eventlake.store.selector.AdvancedEventSelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventlake demo}: everything needed to try Eventlake with no AWS account — generates a week of synthetic
 * trail logs, creates a store named {@code demo} if missing, imports the logs and prints where the files are.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Generate sample CloudTrail logs and import them into a store named 'demo'.")
final class DemoCommand implements Callable<Integer> {
  /** Management events plus S3 object and Lambda data events: everything the generator writes. */
  private static final List<AdvancedEventSelector> DEMO_SELECTORS = List.of(
      new AdvancedEventSelector("Management events", List.of(equalTo("eventCategory", "Management"))),
      new AdvancedEventSelector("S3 object data events",
          List.of(equalTo("eventCategory", "Data"), equalTo("resources.type", "AWS::S3::Object"))),
      new AdvancedEventSelector("Lambda data events",
          List.of(equalTo("eventCategory", "Data"), equalTo("resources.type", "AWS::Lambda::Function"))));

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin LakeOptions lake;

  @Option(names = "--events", defaultValue = "100000", description = "Events to generate (default: 100,000).")
  long events;

  @Override
  public Integer call() throws Exception {
    Lake opened = lake.openLake();
    Path logs = lake.dataDirectory.toAbsolutePath().resolve("sample-logs");
    if (!Files.isDirectory(logs)) {
      new EventGenerator(new GeneratorConfig(logs, events, 7, 1, LocalDate.now(ZoneOffset.UTC))).generate();
    }
    EventDataStore store = opened.catalog().list().stream().filter(s -> s.name().equals("demo")).findFirst()
        .orElseGet(() -> opened.catalog().create(new CreateStoreRequest("demo", DEMO_SELECTORS, null, null, null,
            null, null, null, null, null)));
    ImportResult result = opened.importLogs(store.id(), List.of(logs), ImportRange.ALL, ImportListener.NONE);
    var out = spec.commandLine().getOut();
    out.printf("Store 'demo' (%s) holds %,d events; this run imported %,d (%,d files were already in).%n",
        store.id(), opened.files(store).eventCount(), result.statistics().eventsCompleted(),
        result.statistics().filesAlreadyImported());
    out.printf("Parquet files: %s/event_date=*/*.parquet%n", opened.files(store).directory());
    out.printf("Try: duckdb -c \"SELECT eventName, count(*) FROM read_parquet('%s/*/*.parquet', "
        + "hive_partitioning=true) GROUP BY 1 ORDER BY 2 DESC LIMIT 10\"%n", opened.files(store).directory());
    out.flush();
    return 0;
  }
}
