package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.ScanRequest;
import dev.eventlake.query.scan.ScanRequest.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A scan of one store that reads just what its {@link ScanRequest} names: columns (nested paths included), an
 * {@code eventTime} range, exact string filters and a row limit. In counting mode it yields a single row, the
 * number of matching events, answered from file metadata where possible.
 */
public final class LakeTableScan extends TableScan implements EnumerableRel {
  private final ScanRequest request;
  private final String countLabel;

  private LakeTableScan(RelOptCluster cluster, RelOptTable table, ScanRequest request, String countLabel) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), table);
    this.request = request;
    this.countLabel = countLabel;
  }

  static LakeTableScan create(RelOptCluster cluster, RelOptTable table, List<String> columns) {
    return new LakeTableScan(cluster, table, ScanRequest.of(columns), null);
  }

  public ScanRequest request() {
    return request;
  }

  boolean isCount() {
    return countLabel != null;
  }

  /** The same scan with another request. */
  LakeTableScan withRequest(ScanRequest newRequest) {
    return new LakeTableScan(getCluster(), getTable(), newRequest, countLabel);
  }

  /** This scan's filters, counted instead of read; the single output column is named {@code label}. */
  LakeTableScan counting(String label) {
    return new LakeTableScan(getCluster(), getTable(), request, label);
  }

  @Override
  public RelNode copy(org.apache.calcite.plan.RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override
  public RelDataType deriveRowType() {
    RelDataTypeFactory typeFactory = getCluster().getTypeFactory();
    if (isCount()) {
      return typeFactory.builder().add(countLabel, SqlTypeName.BIGINT).build();
    }
    RelDataType full = getTable().getRowType();
    RelDataTypeFactory.Builder builder = typeFactory.builder();
    for (String column : request.columns()) {
      builder.add(column, LakePaths.typeOf(full, column));
    }
    return builder.uniquify().build();
  }

  @Override
  public RelWriter explainTerms(RelWriter writer) {
    TimeRange range = request.eventTime();
    return super.explainTerms(writer)
        .itemIf("columns", request.columns(), !isCount())
        .itemIf("eventTime", describe(range), !range.equals(TimeRange.ALL))
        .itemIf("filters", request.valueFilters(), !request.valueFilters().isEmpty())
        .itemIf("limit", request.limit(), request.limit() >= 0)
        .itemIf("count", true, isCount());
  }

  private static String describe(TimeRange range) {
    List<String> bounds = new ArrayList<>();
    bounds.add(range.fromMillis() == Long.MIN_VALUE ? "-inf" : Instant.ofEpochMilli(range.fromMillis()).toString());
    bounds.add(range.toMillis() == Long.MAX_VALUE ? "+inf" : Instant.ofEpochMilli(range.toMillis()).toString());
    return "[" + bounds.get(0) + ", " + bounds.get(1) + "]";
  }

  @Override
  public double estimateRowCount(RelMetadataQuery metadata) {
    if (isCount()) {
      return 1;
    }
    double rows = super.estimateRowCount(metadata);
    if (!request.eventTime().equals(TimeRange.ALL)) {
      rows *= 0.1;
    }
    rows *= Math.pow(0.05, request.valueFilters().size());
    return request.limit() >= 0 ? Math.min(rows, request.limit()) : rows;
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery metadata) {
    RelDataType full = getTable().getRowType();
    double leaves = 0;
    for (String column : request.columns()) {
      leaves += LakePaths.leafCount(LakePaths.typeOf(full, column));
    }
    double width = isCount() ? 0.01 : (leaves + 2d) / (LakePaths.leafCount(full) + 2d);
    double cost = estimateRowCount(metadata) * width;
    return planner.getCostFactory().makeCost(cost, cost, 0);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer preference) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), preference.preferArray());
    Expression call = Expressions.call(getTable().getExpression(LakeTable.class), isCount() ? "count" : "scan",
        implementor.getRootExpression(), Expressions.constant(ScanRequests.toJson(request)));
    return implementor.result(physType, Blocks.toBlock(call));
  }
}
