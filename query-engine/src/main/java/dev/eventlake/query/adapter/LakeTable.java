package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.EventScanner;
import dev.eventlake.query.scan.FooterCache;
import dev.eventlake.query.scan.ScanRequest;
import dev.eventlake.query.scan.ScanSource;
import dev.eventlake.query.scan.ScanStatistics;
import dev.eventlake.query.schema.EventRowType;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.RetentionBoundary;
import dev.eventlake.store.storage.CategorySchemas;
import dev.eventlake.store.storage.FileEntry;
import dev.eventlake.store.storage.StoreSnapshot;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.linq4j.Queryable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.schema.QueryableTable;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Schemas;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * One event data store as a table. Planning turns it into a {@link LakeTableScan}, which the {@link LakeRules}
 * narrow to the columns, time range, values and row count a query needs; the generated code then calls
 * {@link #scan} or {@link #count} with that request. Every request is further narrowed to the store's retention, so
 * no query returns an event past it, even before a retention sweep has removed its file.
 */
public final class LakeTable extends AbstractTable implements TranslatableTable, QueryableTable {
  private final EventDataStore store;
  private final Supplier<StoreSnapshot> snapshots;
  private final Path storeDirectory;
  private final ExecutorService executor;
  private final FooterCache footers;
  private final ScanStatistics statistics;
  private final Clock clock;
  private StoreSnapshot plannedSnapshot;
  private RetentionBoundary plannedBoundary;

  LakeTable(EventDataStore store, Supplier<StoreSnapshot> snapshots, Path storeDirectory, ExecutorService executor,
      FooterCache footers, ScanStatistics statistics, Clock clock) {
    this.store = store;
    this.snapshots = snapshots;
    this.storeDirectory = storeDirectory;
    this.executor = executor;
    this.footers = footers;
    this.statistics = statistics;
    this.clock = clock;
  }

  public EventDataStore store() {
    return store;
  }

  /** The columns of this store's kind of events (CloudTrail events, or ActivityAuditLog with eventData). */
  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return EventRowType.of(CategorySchemas.forCategories(store.categories()), typeFactory);
  }

  @Override
  public Statistic getStatistic() {
    StoreSnapshot snapshot = snapshot();
    long events = snapshot.files().stream().mapToLong(FileEntry::events).sum() + snapshot.unflushedEvents().size();
    return Statistics.of(Math.max(1, events), List.of());
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return LakeTableScan.create(context.getCluster(), relOptTable,
        CategorySchemas.forCategories(store.categories()).getFields().stream().map(field -> field.getName()).toList());
  }

  @Override
  public Type getElementType() {
    return Object[].class;
  }

  @Override
  public Expression getExpression(SchemaPlus schema, String tableName, Class clazz) {
    return Schemas.tableExpression(schema, getElementType(), tableName, clazz);
  }

  @Override
  public <T> Queryable<T> asQueryable(QueryProvider queryProvider, SchemaPlus schema, String tableName) {
    throw new UnsupportedOperationException("event tables are read through LakeTableScan");
  }

  /** Called by generated code: the rows of {@code request} (one value, or an array of values, per row). */
  public Enumerable<Object> scan(DataContext root, String request) {
    ScanRequest parsed = withinRetention(ScanRequests.fromJson(request));
    AtomicBoolean cancelFlag = DataContext.Variable.CANCEL_FLAG.get(root);
    return new LakeScanEnumerable(() -> new LakeEnumerator(scanner().scan(parsed, statistics, cancelFlag),
        parsed.columns().size(), cancelFlag), cancelFlag);
  }

  /** Called by generated code: the number of rows {@code request} selects, from file metadata where possible. */
  public Enumerable<Object> count(DataContext root, String request) {
    ScanRequest parsed = withinRetention(ScanRequests.fromJson(request));
    AtomicBoolean cancelFlag = DataContext.Variable.CANCEL_FLAG.get(root);
    return Linq4j.singletonEnumerable(scanner().count(parsed, statistics, cancelFlag));
  }

  private EventScanner scanner() {
    return new EventScanner(source(), executor, footers);
  }

  private ScanSource source() {
    StoreSnapshot snapshot = snapshot();
    return new ScanSource(storeDirectory, snapshot.files(), snapshot.unflushedEvents());
  }

  /**
   * {@code request} without events past retention: its eventTime range starts no earlier than the retention boundary
   * (files wholly before it are then skipped, and a file straddling it is read, never counted from metadata).
   */
  private ScanRequest withinRetention(ScanRequest request) {
    ScanRequest.TimeRange retained = new ScanRequest.TimeRange(boundary().oldestRetained().toEpochMilli(),
        Long.MAX_VALUE);
    return new ScanRequest(request.columns(), request.eventTime().intersect(retained), request.valueFilters(),
        request.limit());
  }

  /** One snapshot per statement, so planning estimates and every scan of this table see the same data. */
  private synchronized StoreSnapshot snapshot() {
    if (plannedSnapshot == null) {
      plannedSnapshot = snapshots.get();
    }
    return plannedSnapshot;
  }

  /** One retention boundary per statement, so every scan of this table filters at the same instant. */
  private synchronized RetentionBoundary boundary() {
    if (plannedBoundary == null) {
      plannedBoundary = RetentionBoundary.of(store, clock.instant());
    }
    return plannedBoundary;
  }
}
