package dev.eventlake.query.engine;

import dev.eventlake.query.adapter.LakeRules;
import dev.eventlake.query.adapter.LakeSchemaFactory;
import dev.eventlake.query.scan.FooterCache;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.query.sql.BoundStatement;
import dev.eventlake.query.sql.LakeConnections;
import dev.eventlake.query.sql.LakeQuery;
import dev.eventlake.query.sql.PreparedQuery;
import dev.eventlake.query.sql.QueryText;
import dev.eventlake.query.sql.SqlErrors;
import dev.eventlake.store.Lake;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.tools.Program;
import org.apache.calcite.util.Holder;

/**
 * The SQL engine over a {@link Lake}: the CloudTrail Lake dialect on Calcite. Each statement gets its own
 * connection whose schema holds one {@code LakeTable} per queryable store, so it plans against one snapshot of
 * every store it reads.
 */
public final class LakeEngine implements StatementRunner, AutoCloseable {
  static final String SCHEMA = "lake";

  private final Lake lake;
  private final StoreReferences stores;
  private final ExecutorService executor;
  private final FooterCache footers;

  public LakeEngine(Lake lake, QueryEngineConfig config) {
    this.lake = lake;
    this.stores = new StoreReferences(lake.catalog());
    this.footers = new FooterCache(config.cachedFooters());
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(config.scanThreads(), runnable -> {
      Thread thread = new Thread(runnable, "eventlake-scan-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public Set<String> validate(String sql) {
    return stores.resolve(QueryText.prepare(sql));
  }

  @Override
  public Set<String> validate(BoundStatement statement) {
    return stores.resolve(QueryText.prepare(statement));
  }

  @Override
  public StatementExecution start(String sql, ScanStatistics statistics) {
    return start(BoundStatement.of(sql), statistics);
  }

  @Override
  public StatementExecution start(BoundStatement statement, ScanStatistics statistics) {
    PreparedQuery prepared = QueryText.prepare(statement);
    Set<String> storeIds = stores.resolve(prepared);
    Connection connection = open(statistics);
    AtomicReference<RelDataType> rowType = new AtomicReference<>();
    try (Hook.Closeable program = withLakeProgram();
        Hook.Closeable ignored = Hook.PLAN_BEFORE_IMPLEMENTATION.addThread(
            (RelRoot root) -> rowType.set(root.validatedRowType))) {
      LakeQuery query = LakeConnections.prepare(connection, prepared);
      return new CalciteStatementExecution(connection, query.statement(), columns(query.labels(), rowType.get()),
          storeIds);
    } catch (RuntimeException failure) {
      closeQuietly(connection);
      throw failure instanceof LakeException ? failure : SqlErrors.translate(failure, prepared);
    }
  }

  /** The physical plan of {@code sql}, as EXPLAIN prints it (with the scans' pushed-down requests); runs nothing. */
  public String explain(String sql) {
    PreparedQuery prepared = QueryText.prepare(sql);
    stores.resolve(prepared);
    AtomicReference<String> plan = new AtomicReference<>();
    Connection connection = open(new ScanStatistics());
    try (Hook.Closeable program = withLakeProgram();
        Hook.Closeable ignored = Hook.PLAN_BEFORE_IMPLEMENTATION.addThread(
            (RelRoot root) -> plan.set(RelOptUtil.toString(root.rel)))) {
      LakeConnections.prepare(connection, prepared).close();
      return plan.get();
    } catch (SQLException failure) {
      throw SqlErrors.translate(failure, prepared);
    } finally {
      closeQuietly(connection);
    }
  }

  private static Hook.Closeable withLakeProgram() {
    return Hook.PROGRAM.addThread((Holder<Program> holder) -> holder.set(LakeRules.program()));
  }

  private static List<ResultColumn> columns(List<String> labels, RelDataType rowType) {
    List<ResultColumn> columns = new ArrayList<>();
    for (int index = 0; index < labels.size(); index++) {
      columns.add(new ResultColumn(labels.get(index), ColumnTypes.of(rowType.getFieldList().get(index).getType())));
    }
    return columns;
  }

  private Connection open(ScanStatistics statistics) {
    try {
      Connection connection = LakeConnections.open(root -> root.add(SCHEMA, LakeSchemaFactory.INSTANCE.create(root,
          SCHEMA, LakeSchemaFactory.operand(lake, executor, footers, statistics))));
      connection.unwrap(CalciteConnection.class).setSchema(SCHEMA);
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
