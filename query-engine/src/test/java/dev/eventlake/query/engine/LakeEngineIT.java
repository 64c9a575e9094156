package dev.eventlake.query.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.UpdateStoreRequest;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import dev.eventlake.store.testing.TestLakes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries over the real corpus in Parquet agree with DuckDB reading the same files, and prune as they should. */
class LakeEngineIT {
  @TempDir
  static Path dataDirectory;
  private static CorpusEngine corpus;
  private static LakeEngine engine;
  private static String storeId;

  @BeforeAll
  static void importCorpus() throws Exception {
    corpus = CorpusEngine.open(dataDirectory);
    engine = corpus.engine();
    storeId = corpus.storeId();
  }

  @AfterAll
  static void close() {
    corpus.close();
  }

  @Test
  void countsEveryEventFromMetadataAlone() {
    ScanStatistics statistics = new ScanStatistics();
    assertThat(rows("SELECT COUNT(*) AS n FROM \"" + storeId + "\"", statistics)).containsExactly(List.of(3748L));
    assertThat(statistics.eventsScanned()).isZero();
    assertThat(statistics.eventsMatched()).isEqualTo(3748);
  }

  @Test
  void groupsLikeDuckDb() throws Exception {
    String lake = "SELECT eventSource, eventName, COUNT(*) AS n FROM \"" + storeId + "\" GROUP BY eventSource, "
        + "eventName ORDER BY 3 DESC, 1, 2 LIMIT 20";
    String duck = "SELECT eventSource, eventName, COUNT(*) AS n FROM %s GROUP BY ALL ORDER BY n DESC, eventSource, "
        + "eventName LIMIT 20";
    assertThat(rows(lake, new ScanStatistics())).isEqualTo(duckRows(duck));
  }

  @Test
  void isNotNullPushedIntoTheScanKeepsExactlyTheRowsDuckDbKeeps() throws Exception {
    String lake = "SELECT eventSource, errorCode, COUNT(*) AS n FROM \"" + storeId + "\" WHERE errorCode IS NOT NULL "
        + "AND userIdentity.arn IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2";
    String duck = "SELECT eventSource, errorCode, COUNT(*) AS n FROM %s WHERE errorCode IS NOT NULL "
        + "AND userIdentity.arn IS NOT NULL GROUP BY ALL ORDER BY n DESC, eventSource, errorCode";
    ScanStatistics statistics = new ScanStatistics();
    List<List<Object>> rows = rows(lake, statistics);
    assertThat(rows).isEqualTo(duckRows(duck)).isNotEmpty();
    long matched = rows.stream().mapToLong(row -> ((Number) row.get(2)).longValue()).sum();
    assertThat(statistics.eventsMatched()).isEqualTo(matched).isLessThan(statistics.eventsScanned());
  }

  @Test
  void readsNestedFieldsLikeDuckDb() throws Exception {
    String lake = "SELECT eventID, userIdentity.arn, userIdentity.sessionContext.sessionIssuer.userName, "
        + "tlsDetails.tlsVersion, eventTime FROM \"" + storeId + "\" WHERE userIdentity.type = 'AssumedRole' "
        + "ORDER BY 1, 5, 2, 3, 4";
    String duck = "SELECT eventID, userIdentity.arn, userIdentity.sessionContext.sessionIssuer.userName, "
        + "tlsDetails.tlsVersion, epoch_ms(eventTime) FROM %s WHERE userIdentity.type = 'AssumedRole' ORDER BY 1, 5, 2, 3, 4";
    List<List<Object>> expected = duckRows(duck);
    List<List<Object>> actual = rows(lake, new ScanStatistics());
    assertThat(actual).hasSameSizeAs(expected).hasSizeGreaterThan(100);
    for (int index = 0; index < actual.size(); index++) {
      List<Object> row = new ArrayList<>(actual.get(index));
      row.set(4, ((java.time.Instant) row.get(4)).toEpochMilli());
      assertThat(row).isEqualTo(expected.get(index));
    }
  }

  @Test
  void compiledQueryCodeIsCachedSoARepeatedQuerySkipsCompilation() {
    assertThat(org.apache.calcite.config.CalciteSystemProperty.BINDABLE_CACHE_MAX_SIZE.value()).isPositive();
    String sql = "SELECT eventName, COUNT(*) AS n FROM \"" + storeId + "\" GROUP BY 1 ORDER BY 2 DESC, 1";
    assertThat(rows(sql, new ScanStatistics())).isEqualTo(rows(sql, new ScanStatistics()));
  }

  @Test
  void timeWindowScansOnlyItsDays() {
    ScanStatistics all = new ScanStatistics();
    rows("SELECT eventName FROM \"" + storeId + "\"", all);
    ScanStatistics window = new ScanStatistics();
    List<List<Object>> rows = rows("SELECT eventName FROM \"" + storeId + "\" WHERE eventTime >= "
        + "TIMESTAMP '2019-10-01 00:00:00' AND eventTime < TIMESTAMP '2019-10-02 00:00:00'", window);
    assertThat(window.eventsScanned()).isLessThan(all.eventsScanned() / 4);
    assertThat(window.filesSkipped()).isPositive();
    assertThat(window.eventsMatched()).isEqualTo(rows.size());
  }

  @Test
  void aNestedLoopJoinReadsItsInnerStoreOnceNotOncePerOuterRow() throws Exception {
    ScanStatistics statistics = new ScanStatistics();
    String lake = "SELECT COUNT(*) FROM \"" + storeId + "\" a JOIN \"" + storeId + "\" b ON a.eventID < b.eventID";
    String duck = "SELECT COUNT(*) FROM %1$s a JOIN %1$s b ON a.eventID < b.eventID";
    assertThat(rows(lake, statistics)).isEqualTo(duckRows(duck));
    // at most: the outer pass, a first inner pass, and one read of the inner rows kept for replay
    assertThat(statistics.eventsScanned()).isLessThanOrEqualTo(3 * 3748);
  }

  @Test
  void eventsStillInTheWriteAheadLogAreVisible() throws Exception {
    Lake lake = TestLakes.open(dataDirectory.resolve("live"), TestLakes.BEFORE_CORPUS);
    EventDataStore store = lake.catalog().create(CreateStoreRequest.named("live"));
    CloudTrailEvent event = new EventMapper(new EventJson()).map("{\"eventVersion\":\"1.08\",\"eventTime\":"
        + "\"2024-05-01T10:00:00Z\",\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"CreateUser\","
        + "\"awsRegion\":\"us-east-1\",\"eventID\":\"live-1\",\"eventType\":\"AwsApiCall\","
        + "\"managementEvent\":true,\"userIdentity\":{\"type\":\"Root\"}}");
    lake.ingest(List.of(event));
    assertThat(lake.files(store).unflushedEvents()).hasSize(1);
    try (LakeEngine live = new LakeEngine(lake, QueryEngineConfig.defaults());
        StatementExecution execution = live.start("SELECT eventID, userIdentity.type FROM live", new ScanStatistics())) {
      assertThat(execution.next()).isTrue();
      assertThat(execution.row()).containsExactly("live-1", "Root");
    }
  }

  @Test
  void unknownAndPendingDeletionStoresGetCloudTrailErrors() {
    assertThatThrownBy(() -> engine.validate("SELECT eventID FROM no-such-store"))
        .isInstanceOfSatisfying(LakeException.class,
            failure -> assertThat(failure.code()).isEqualTo(ErrorCode.EVENT_DATA_STORE_NOT_FOUND));
    Lake lake = Lake.open(LakeConfig.defaults(dataDirectory.resolve("deleted")));
    EventDataStore store = lake.catalog().create(CreateStoreRequest.named("doomed"));
    lake.catalog().update(new UpdateStoreRequest(store.id(), null, null, null, null, null, false, null, null));
    lake.catalog().delete(store.id());
    try (LakeEngine deleted = new LakeEngine(lake, QueryEngineConfig.defaults())) {
      assertThatThrownBy(() -> deleted.start("SELECT eventID FROM " + store.id(), new ScanStatistics()))
          .isInstanceOfSatisfying(LakeException.class,
              failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INACTIVE_EVENT_DATA_STORE));
    }
  }

  private static List<List<Object>> rows(String sql, ScanStatistics statistics) {
    List<List<Object>> rows = new ArrayList<>();
    try (StatementExecution execution = engine.start(sql, statistics)) {
      while (execution.next()) {
        rows.add(Arrays.asList(execution.row()));
      }
    }
    return rows;
  }

  private static List<List<Object>> duckRows(String sqlTemplate) throws Exception {
    String files = "read_parquet('" + dataDirectory.resolve("stores").resolve(storeId) + "/*/*.parquet')";
    List<List<Object>> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery(String.format(sqlTemplate, files))) {
      int columns = results.getMetaData().getColumnCount();
      while (results.next()) {
        List<Object> row = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
          row.add(results.getObject(column));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
