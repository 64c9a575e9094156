package dev.eventlake.query.service;

import static dev.eventlake.query.service.QueryTestSupport.START;
import static dev.eventlake.query.service.QueryTestSupport.STORE;
import static dev.eventlake.query.service.QueryTestSupport.awaitStatus;
import static dev.eventlake.query.service.QueryTestSupport.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventlake.query.engine.ColumnType;
import dev.eventlake.query.engine.ColumnType.Kind;
import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.store.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value kind through the result file: all-strings rows, typed rows and the Arrow stream. */
class QueryResultEncodingTest {
  private static final ColumnType VARCHAR = ColumnType.scalar(Kind.STRING, "VARCHAR");
  private static final ColumnType BIGINT = ColumnType.scalar(Kind.BIGINT, "BIGINT");
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("eventName", VARCHAR),
      new ResultColumn("readOnly", ColumnType.scalar(Kind.BOOLEAN, "BOOLEAN")),
      new ResultColumn("small", ColumnType.scalar(Kind.INTEGER, "INTEGER")),
      new ResultColumn("apiCount", BIGINT),
      new ResultColumn("ratio", ColumnType.scalar(Kind.DOUBLE, "DOUBLE")),
      new ResultColumn("cost", ColumnType.scalar(Kind.DECIMAL, "DECIMAL(10, 2)")),
      new ResultColumn("eventTime", ColumnType.scalar(Kind.TIMESTAMP, "TIMESTAMP(3)")),
      new ResultColumn("day", ColumnType.scalar(Kind.DATE, "DATE")),
      new ResultColumn("requestParameters",
          new ColumnType(Kind.MAP, "MAP<VARCHAR, VARCHAR>", List.of(), List.of(VARCHAR, VARCHAR))),
      new ResultColumn("resources", new ColumnType(Kind.ARRAY, "ARRAY<BIGINT>", List.of(), List.of(BIGINT))),
      new ResultColumn("principal", new ColumnType(Kind.ROW, "ROW(type VARCHAR, count BIGINT)",
          List.of("type", "count"), List.of(VARCHAR, BIGINT))),
      new ResultColumn("_col11", ColumnType.scalar(Kind.OTHER, "INTERVAL")));
  private static final Object[] FULL_ROW = {"ListBuckets", true, 7, 96059L, 2.5, new BigDecimal("12.30"),
      Instant.parse("2023-01-22T16:53:53.007Z"), LocalDate.parse("2023-01-22"), Map.of("bucketName", "logs"),
      List.of(1L, 2L), Arrays.asList("IAMUser", 3L), "PT1H"};

  @TempDir Path directory;
  private final FakeRunner runner = new FakeRunner();
  private QueryService service;
  private String queryId;

  @BeforeEach
  void run() {
    service = new QueryService(config(directory, new MutableClock(START)), runner);
    runner.register("SELECT all", FakeStatement.numbered(0, STORE)
        .withRows(COLUMNS, 2, index -> index == 0 ? FULL_ROW.clone() : new Object[COLUMNS.size()]));
    queryId = service.start("SELECT all");
    awaitStatus(service, queryId, QueryStatus.FINISHED);
  }

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void allStringsRowsFollowCloudTrailConventions() {
    List<List<Map<String, String>>> rows = service.results(queryId, null, null).stringRows();

    assertThat(rows.get(0)).containsExactly(Map.of("eventName", "ListBuckets"), Map.of("readOnly", "true"),
        Map.of("small", "7"), Map.of("apiCount", "96059"), Map.of("ratio", "2.5"), Map.of("cost", "12.30"),
        Map.of("eventTime", "2023-01-22 16:53:53.007"), Map.of("day", "2023-01-22"),
        Map.of("requestParameters", "{\"bucketName\":\"logs\"}"), Map.of("resources", "[1,2]"),
        Map.of("principal", "{\"type\":\"IAMUser\",\"count\":3}"), Map.of("_col11", "PT1H"));
    List<Map<String, String>> nulls = new ArrayList<>();
    COLUMNS.forEach(column -> nulls.add(Collections.singletonMap(column.label(), null)));
    assertThat(rows.get(1)).isEqualTo(nulls);
  }

  @Test
  void typedRowsGiveTheNormalisedValuesBack() {
    List<List<Object>> rows = service.results(queryId, null, null).typedRows();

    assertThat(rows.get(0)).containsExactly(FULL_ROW);
    assertThat(rows.get(1)).hasSize(COLUMNS.size()).containsOnlyNulls();
  }

  @Test
  void arrowStreamRoundTripsWithTypes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    service.arrowStream(queryId, out);

    try (RootAllocator allocator = new RootAllocator();
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(out.toByteArray()), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(root.getSchema().getFields()).extracting(Field::getType).containsExactly(
          ArrowType.Utf8.INSTANCE, ArrowType.Bool.INSTANCE, new ArrowType.Int(32, true), new ArrowType.Int(64, true),
          new ArrowType.FloatingPoint(org.apache.arrow.vector.types.FloatingPointPrecision.DOUBLE),
          new ArrowType.Decimal(10, 2, 128),
          new ArrowType.Timestamp(org.apache.arrow.vector.types.TimeUnit.MILLISECOND, "UTC"),
          new ArrowType.Date(org.apache.arrow.vector.types.DateUnit.DAY), ArrowType.Utf8.INSTANCE,
          ArrowType.Utf8.INSTANCE, ArrowType.Utf8.INSTANCE, ArrowType.Utf8.INSTANCE);
      assertThat(root.getSchema().getFields().get(8).getMetadata())
          .containsEntry("eventlake.sqlType", "MAP<VARCHAR, VARCHAR>");
      assertThat(reader.loadNextBatch()).isTrue();
      assertThat(root.getRowCount()).isEqualTo(2);
      assertThat(root.getVector("apiCount").getObject(0)).isEqualTo(96059L);
      assertThat(root.getVector("cost").getObject(0)).isEqualTo(new BigDecimal("12.30"));
      assertThat(root.getVector("eventTime").getObject(0)).isEqualTo(1674406433007L);
      assertThat(root.getVector("principal").getObject(0).toString()).isEqualTo("{\"type\":\"IAMUser\",\"count\":3}");
      assertThat(root.getVector("eventName").isNull(1)).isTrue();
      assertThat(reader.loadNextBatch()).isFalse();
    }
  }
}
