package dev.eventlake.query.engine;

import dev.eventlake.query.adapter.LakeRules;
import dev.eventlake.query.adapter.LakeSchemaFactory;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.store.Lake;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.Driver;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.tools.Program;
import org.apache.calcite.util.Holder;

/**
 * The SQL engine over a {@link Lake}: each statement gets its own Calcite connection whose schema holds one
 * {@code LakeTable} per queryable store, so it plans against a consistent snapshot of every store.
 */
public final class LakeEngine implements StatementRunner, AutoCloseable {
  static final String SCHEMA = "lake";
  private final Lake lake;
  private final ExecutorService executor;

  public LakeEngine(Lake lake, QueryEngineConfig config) {
    this.lake = lake;
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(config.scanThreads(), runnable -> {
      Thread thread = new Thread(runnable, "eventlake-scan-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public StatementExecution start(String sql, ScanStatistics statistics) {
    Connection connection = open(statistics);
    try {
      Statement statement = connection.createStatement();
      AtomicReference<RelDataType> rowType = new AtomicReference<>();
      ResultSet results;
      try (Hook.Closeable program = withLakeProgram();
          Hook.Closeable ignored = Hook.PLAN_BEFORE_IMPLEMENTATION.addThread(
              (RelRoot root) -> rowType.set(root.validatedRowType))) {
        results = statement.executeQuery(sql);
      }
      return new CalciteStatementExecution(connection, statement, results, columns(rowType.get()), Set.of());
    } catch (SQLException | RuntimeException failure) {
      closeQuietly(connection);
      throw RunFailures.translate(failure);
    }
  }

  /** The physical plan of {@code sql}, as EXPLAIN prints it. */
  public String explain(String sql) {
    AtomicReference<String> plan = new AtomicReference<>();
    try (Connection connection = open(new ScanStatistics());
        Statement statement = connection.createStatement();
        Hook.Closeable program = withLakeProgram();
        Hook.Closeable ignored = Hook.PLAN_BEFORE_IMPLEMENTATION.addThread(
            (RelRoot root) -> plan.set(RelOptUtil.toString(root.rel)))) {
      statement.executeQuery(sql).close();
      return plan.get();
    } catch (SQLException failure) {
      throw RunFailures.translate(failure);
    }
  }

  private static Hook.Closeable withLakeProgram() {
    return Hook.PROGRAM.addThread((Holder<Program> holder) -> holder.set(LakeRules.program()));
  }

  private static List<ResultColumn> columns(RelDataType rowType) {
    List<ResultColumn> columns = new ArrayList<>();
    for (RelDataTypeField field : rowType.getFieldList()) {
      columns.add(new ResultColumn(field.getName(), ColumnTypes.of(field.getType())));
    }
    return columns;
  }

  private Connection open(ScanStatistics statistics) {
    Properties properties = new Properties();
    properties.setProperty("caseSensitive", "false");
    properties.setProperty("unquotedCasing", "UNCHANGED");
    properties.setProperty("quotedCasing", "UNCHANGED");
    properties.setProperty("quoting", "DOUBLE_QUOTE");
    properties.setProperty("conformance", "PRESTO");
    properties.setProperty("fun", "standard,postgresql");
    properties.setProperty("timeZone", "UTC");
    try {
      CalciteConnection connection = new Driver().connect("jdbc:calcite:", properties).unwrap(CalciteConnection.class);
      SchemaPlus root = connection.getRootSchema();
      root.add(SCHEMA, LakeSchemaFactory.INSTANCE.create(root, SCHEMA,
          LakeSchemaFactory.operand(lake, executor, statistics)));
      connection.setSchema(SCHEMA);
      return connection;
    } catch (SQLException failure) {
      throw new LakeException(ErrorCode.INTERNAL_FAILURE, "cannot open a SQL session: " + failure.getMessage());
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the statement already failed; that failure is what the caller needs
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
