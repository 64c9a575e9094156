package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.ScanRequest;
import dev.eventlake.query.scan.ScanRequest.ValueFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.plan.RelOptRule;

import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Planner rules that push work into a {@link LakeTableScan}: filters (time range, string equalities), projections
 * (down to nested sub-fields), {@code LIMIT} without ordering, and a bare {@code COUNT(*)}.
 */
@SuppressWarnings("deprecation")
public final class LakeRules {
  public static final List<RelOptRule> RULES = List.of(new FilterRule(), new ProjectRule(), new ProjectFilterRule(), new LimitRule(),
      new LimitThroughProjectRule(), new CountRule(), new CountThroughProjectRule());

  private LakeRules() {}

  /**
   * Calcite's standard program preceded by a rule-based pass that pushes into every {@link LakeTableScan}: pushing
   * down never costs more, so it is applied outright rather than left to the cost model. A scan left as the root
   * is wrapped in a logical projection, as the Volcano phase expects a logical root.
   */
  public static Program program() {
    List<RelOptRule> rules = new ArrayList<>(RULES);
    rules.addAll(List.of(CoreRules.FILTER_PROJECT_TRANSPOSE, CoreRules.PROJECT_MERGE, CoreRules.PROJECT_REMOVE));
    Program pushdown = Programs.of(HepProgram.builder().addRuleCollection(rules).build(), true,
        DefaultRelMetadataProvider.INSTANCE);
    Program logicalRoot = (planner, rel, traits, materializations, lattices) -> rel instanceof LakeTableScan
        ? LogicalProject.create(rel, List.of(), rel.getCluster().getRexBuilder().identityProjects(rel.getRowType()),
            rel.getRowType().getFieldNames(), Set.of()) : rel;
    return Programs.sequence(pushdown, logicalRoot, Programs.standard());
  }

  /** Moves time bounds and string equalities of a filter into the scan, keeping only what is left. */
  static final class FilterRule extends RelOptRule {
    FilterRule() {
      super(operand(LogicalFilter.class, operand(LakeTableScan.class, none())), "LakeFilterRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Filter filter = call.rel(0);
      LakeTableScan scan = call.rel(1);
      ScanRequest request = scan.request();
      if (scan.isCount() || request.limit() >= 0) {
        return;
      }
      RexBuilder rexBuilder = filter.getCluster().getRexBuilder();
      LakeFilters.Pushed pushed = LakeFilters.split(filter.getCondition(), request.columns(), rexBuilder);
      if (!pushed.translatedAny()) {
        return;
      }
      List<ValueFilter> filters = new ArrayList<>(request.valueFilters());
      filters.addAll(pushed.filters());
      RelNode narrowed = scan.withRequest(new ScanRequest(request.columns(),
          request.eventTime().intersect(pushed.range()), filters, -1));
      call.transformTo(pushed.residual().isEmpty() ? narrowed
          : filter.copy(filter.getTraitSet(), narrowed, RexUtil.composeConjunction(rexBuilder, pushed.residual())));
    }
  }

  /** Narrows the scan to the columns and nested sub-fields a projection reads. */
  static final class ProjectRule extends RelOptRule {
    ProjectRule() {
      super(operand(LogicalProject.class, operand(LakeTableScan.class, none())), "LakeProjectRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Project project = call.rel(0);
      LakeTableScan scan = call.rel(1);
      if (scan.isCount()) {
        return;
      }
      PathCollector collector = new PathCollector(scan.request().columns());
      project.getProjects().forEach(expression -> expression.accept(collector));
      List<String> columns = collector.columns();
      if (columns.equals(scan.request().columns())) {
        return;
      }
      ScanRequest request = scan.request();
      LakeTableScan narrowed = scan.withRequest(
          new ScanRequest(columns, request.eventTime(), request.valueFilters(), request.limit()));
      Rewriter rewriter = new Rewriter(collector, narrowed, project.getCluster().getRexBuilder());
      List<RexNode> expressions = project.getProjects().stream().map(e -> e.accept(rewriter)).toList();
      call.transformTo(project.copy(project.getTraitSet(), narrowed, expressions, project.getRowType()));
    }
  }

  /** Narrows the scan under a filter that stays (it has conditions the scan cannot apply) to what both read. */
  static final class ProjectFilterRule extends RelOptRule {
    ProjectFilterRule() {
      super(operand(LogicalProject.class, operand(LogicalFilter.class, operand(LakeTableScan.class, none()))),
          "LakeProjectFilterRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Project project = call.rel(0);
      Filter filter = call.rel(1);
      LakeTableScan scan = call.rel(2);
      if (scan.isCount()) {
        return;
      }
      PathCollector collector = new PathCollector(scan.request().columns());
      project.getProjects().forEach(expression -> expression.accept(collector));
      filter.getCondition().accept(collector);
      List<String> columns = collector.columns();
      if (columns.equals(scan.request().columns())) {
        return;
      }
      ScanRequest request = scan.request();
      LakeTableScan narrowed = scan.withRequest(
          new ScanRequest(columns, request.eventTime(), request.valueFilters(), request.limit()));
      Rewriter rewriter = new Rewriter(collector, narrowed, project.getCluster().getRexBuilder());
      RelNode filtered = filter.copy(filter.getTraitSet(), narrowed, filter.getCondition().accept(rewriter));
      List<RexNode> expressions = project.getProjects().stream().map(e -> e.accept(rewriter)).toList();
      call.transformTo(project.copy(project.getTraitSet(), filtered, expressions, project.getRowType()));
    }
  }

  /** Records, in first-use order, every column path an expression reads. */
  private static final class PathCollector extends RexShuttle {
    private final List<String> columns;
    private final Map<String, Integer> used = new LinkedHashMap<>();

    PathCollector(List<String> columns) {
      this.columns = columns;
    }

    @Override
    public RexNode visitFieldAccess(RexFieldAccess access) {
      String path = LakePaths.pathOf(access, columns);
      if (path == null) {
        return super.visitFieldAccess(access);
      }
      used.putIfAbsent(path, used.size());
      return access;
    }

    @Override
    public RexNode visitInputRef(RexInputRef reference) {
      used.putIfAbsent(columns.get(reference.getIndex()), used.size());
      return reference;
    }

    List<String> columns() {
      if (used.isEmpty()) {
        used.put(LakeFilters.EVENT_TIME, 0);
      }
      return List.copyOf(used.keySet());
    }

    int indexOf(String path) {
      return used.get(path);
    }
  }

  /** Points column reads at the narrowed scan's fields. */
  private static final class Rewriter extends RexShuttle {
    private final PathCollector collector;
    private final LakeTableScan narrowed;
    private final RexBuilder rexBuilder;

    Rewriter(PathCollector collector, LakeTableScan narrowed, RexBuilder rexBuilder) {
      this.collector = collector;
      this.narrowed = narrowed;
      this.rexBuilder = rexBuilder;
    }

    @Override
    public RexNode visitFieldAccess(RexFieldAccess access) {
      String path = LakePaths.pathOf(access, collector.columns);
      return path == null ? super.visitFieldAccess(access) : reference(path, access);
    }

    @Override
    public RexNode visitInputRef(RexInputRef reference) {
      return reference(collector.columns.get(reference.getIndex()), reference);
    }

    private RexNode reference(String path, RexNode original) {
      RexNode reference = rexBuilder.makeInputRef(narrowed, collector.indexOf(path));
      return rexBuilder.ensureType(original.getType(), reference, true);
    }
  }

  /** {@code LIMIT n} with no ordering directly over a scan: the scan stops after {@code offset + n} rows. */
  static final class LimitRule extends RelOptRule {
    LimitRule() {
      super(operand(LogicalSort.class, operand(LakeTableScan.class, none())), "LakeLimitRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Sort sort = call.rel(0);
      LakeTableScan scan = call.rel(1);
      long limit = rowsNeeded(sort);
      if (limit >= 0 && !scan.isCount() && scan.request().limit() < 0) {
        call.transformTo(sort.copy(sort.getTraitSet(), List.of(limited(scan, limit))));
      }
    }
  }

  /** The same as {@link LimitRule} through a projection, which keeps the row count. */
  static final class LimitThroughProjectRule extends RelOptRule {
    LimitThroughProjectRule() {
      super(operand(LogicalSort.class, operand(LogicalProject.class, operand(LakeTableScan.class, none()))),
          "LakeLimitThroughProjectRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Sort sort = call.rel(0);
      Project project = call.rel(1);
      LakeTableScan scan = call.rel(2);
      long limit = rowsNeeded(sort);
      if (limit >= 0 && !scan.isCount() && scan.request().limit() < 0) {
        RelNode projected = project.copy(project.getTraitSet(), List.of(limited(scan, limit)));
        call.transformTo(sort.copy(sort.getTraitSet(), List.of(projected)));
      }
    }
  }

  private static long rowsNeeded(Sort sort) {
    if (sort.fetch == null || !sort.getCollation().getFieldCollations().isEmpty()
        || !(sort.fetch instanceof RexLiteral fetch)) {
      return -1;
    }
    long offset = sort.offset instanceof RexLiteral literal ? literal.getValueAs(Long.class) : 0;
    return sort.offset != null && !(sort.offset instanceof RexLiteral) ? -1 : offset + fetch.getValueAs(Long.class);
  }

  private static LakeTableScan limited(LakeTableScan scan, long limit) {
    ScanRequest request = scan.request();
    return scan.withRequest(new ScanRequest(request.columns(), request.eventTime(), request.valueFilters(), limit));
  }

  /** A lone {@code COUNT(*)} over a scan becomes a counting scan. */
  static final class CountRule extends RelOptRule {
    CountRule() {
      super(operand(LogicalAggregate.class, operand(LakeTableScan.class, none())), "LakeCountRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Aggregate aggregate = call.rel(0);
      LakeTableScan scan = call.rel(1);
      if (isBareCount(aggregate) && !scan.isCount() && scan.request().limit() < 0) {
        call.transformTo(scan.counting(aggregate.getRowType().getFieldNames().get(0)));
      }
    }
  }

  /** The same as {@link CountRule} through a projection, which {@code COUNT(*)} does not read. */
  static final class CountThroughProjectRule extends RelOptRule {
    CountThroughProjectRule() {
      super(operand(LogicalAggregate.class, operand(LogicalProject.class, operand(LakeTableScan.class, none()))),
          "LakeCountThroughProjectRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Aggregate aggregate = call.rel(0);
      LakeTableScan scan = call.rel(2);
      if (isBareCount(aggregate) && !scan.isCount() && scan.request().limit() < 0) {
        call.transformTo(scan.counting(aggregate.getRowType().getFieldNames().get(0)));
      }
    }
  }

  private static boolean isBareCount(Aggregate aggregate) {
    if (!aggregate.getGroupSet().isEmpty() || aggregate.getGroupSets().size() != 1
        || aggregate.getAggCallList().size() != 1) {
      return false;
    }
    AggregateCall count = aggregate.getAggCallList().get(0);
    return count.getAggregation().getKind() == SqlKind.COUNT && count.getArgList().isEmpty() && !count.isDistinct()
        && count.filterArg < 0;
  }
}
