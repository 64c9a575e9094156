package dev.eventlake.query.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.storage.StoreFiles;
import dev.eventlake.store.testing.SharedData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real shared corpus, imported through the Lake, scanned by us and read by DuckDB: the two must agree. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventScannerSharedCorpusIT {
  @TempDir static Path dataDirectory;
  private ExecutorService executor;
  private StoreFiles files;
  private EventScanner scanner;

  @BeforeAll
  void importCorpus() throws Exception {
    Lake lake = Lake.open(LakeConfig.defaults(dataDirectory));
    EventDataStore store = lake.catalog().create(CreateStoreRequest.named("scan-corpus"));
    lake.importLogs(store.id(), List.of(SharedData.cloudTrailRecords()), ImportRange.ALL, ImportListener.NONE);
    files = lake.files(store);
    executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    scanner = new EventScanner(GeneratedStore.source(files), executor);
  }

  @AfterAll
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void countsPerEventNameAgreeWithDuckDb() throws Exception {
    Map<String, Long> ours = new HashMap<>();
    ScanRows.all(scanner, ScanRequest.of(List.of("eventName")), new ScanStatistics())
        .forEach(row -> ours.merge((String) row[0], 1L, Long::sum));
    Map<String, Long> duck = new HashMap<>();
    query("SELECT eventName, count(*) FROM " + table() + " GROUP BY eventName",
        rows -> duck.put(rows.getString(1), rows.getLong(2)));
    assertThat(ours).isEqualTo(duck).isNotEmpty();
    assertThat(scanner.count(ScanRequest.of(List.of()), new ScanStatistics(), new AtomicBoolean()))
        .isEqualTo(files.eventCount()).isEqualTo(ours.values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void nestedLeavesMapsAndListsAgreeWithDuckDb() throws Exception {
    List<String> columns = List.of("eventID", "userIdentity.arn", "userIdentity.sessionContext.sessionIssuer.userName",
        "requestParameters", "resources", "eventTime", "readOnly");
    Map<List<Object>, Integer> ours = new HashMap<>();
    for (Object[] row : ScanRows.all(scanner, ScanRequest.of(columns), new ScanStatistics())) {
      Map<?, ?> parameters = (Map<?, ?>) row[3];
      List<?> resources = (List<?>) row[4];
      ours.merge(java.util.Arrays.asList(row[0], row[1], row[2],
          parameters == null ? null : parameters.get("bucketName"), resources == null ? null : resources.size(),
          row[5], row[6]), 1, Integer::sum);
    }
    Map<List<Object>, Integer> duck = new HashMap<>();
    query("SELECT eventID, userIdentity.arn, userIdentity.sessionContext.sessionIssuer.userName,"
        + " requestParameters['bucketName'], len(resources), epoch_ms(eventTime), readOnly FROM " + table(),
        rows -> duck.merge(java.util.Arrays.asList(rows.getString(1), rows.getString(2), rows.getString(3),
            rows.getString(4), rows.getObject(5) == null ? null : ((Number) rows.getObject(5)).intValue(),
            rows.getLong(6), rows.getObject(7)), 1, Integer::sum));
    assertThat(ours).isEqualTo(duck);
    assertThat(ours.keySet()).anySatisfy(values -> assertThat(values.get(3)).isNotNull());
    assertThat(ours.keySet().stream().map(values -> values.get(4)).filter(Objects::nonNull)).isNotEmpty();
  }

  @Test
  void filteredScanAgreesWithDuckDb() throws Exception {
    String name = ScanRows.all(scanner, ScanRequest.of(List.of("eventName")), new ScanStatistics()).get(0)[0]
        .toString();
    ScanRequest request = ScanRows.request(List.of("eventID"), ScanRequest.TimeRange.ALL,
        List.of(new ScanRequest.ValueFilter("eventName", List.of(name))));
    long[] expected = new long[1];
    query("SELECT count(*) FROM " + table() + " WHERE eventName = '" + name + "'", rows -> expected[0] = rows.getLong(1));
    assertThat(ScanRows.all(scanner, request, new ScanStatistics())).hasSize((int) expected[0]);
    assertThat(scanner.count(request, new ScanStatistics(), new AtomicBoolean())).isEqualTo(expected[0]);
  }

  private String table() {
    return "read_parquet('" + files.directory() + "/*/*.parquet', hive_partitioning = true)";
  }

  private interface RowHandler {
    void handle(ResultSet rows) throws Exception;
  }

  private static void query(String sql, RowHandler handler) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        handler.handle(rows);
      }
    }
  }
}
