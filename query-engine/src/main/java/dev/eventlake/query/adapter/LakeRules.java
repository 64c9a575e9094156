package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.ScanRequest;
import dev.eventlake.query.scan.ScanRequest.ValueFilter;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Planner rules that push work into a {@link LakeTableScan}: filters (time range, string equalities), projections
 * (down to nested sub-fields), {@code LIMIT} without ordering, and a bare {@code COUNT(*)}.
 */
@SuppressWarnings("deprecation")
public final class LakeRules {
  public static final List<RelOptRule> RULES = List.of(new FilterRule(), new ProjectRule(false), new ProjectRule(true),
      new LimitRule(false), new LimitRule(true), new CountRule(false), new CountRule(true));

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

  /**
   * Narrows the scan to the columns and nested sub-fields a projection reads — and, when a filter the scan could not
   * absorb sits between them, what that filter reads too.
   */
  static final class ProjectRule extends RelOptRule {
    private final boolean throughFilter;

    ProjectRule(boolean throughFilter) {
      super(throughFilter
          ? operand(LogicalProject.class, operand(LogicalFilter.class, operand(LakeTableScan.class, none())))
          : operand(LogicalProject.class, operand(LakeTableScan.class, none())),
          throughFilter ? "LakeProjectFilterRule" : "LakeProjectRule");
      this.throughFilter = throughFilter;
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Project project = call.rel(0);
      LakeTableScan scan = call.rel(call.getRelList().size() - 1);
      Filter filter = throughFilter ? call.rel(1) : null;
      List<RexNode> expressions = new ArrayList<>(project.getProjects());
      if (filter != null) {
        expressions.add(filter.getCondition());
      }
      LakeProjections projections = scan.isCount() ? null : LakeProjections.of(scan, expressions);
      if (projections == null) {
        return;
      }
      RexBuilder rexBuilder = project.getCluster().getRexBuilder();
      RelNode input = filter == null ? projections.narrowed() : filter.copy(filter.getTraitSet(),
          projections.narrowed(), projections.rewrite(filter.getCondition(), rexBuilder));
      List<RexNode> rewritten = project.getProjects().stream().map(e -> projections.rewrite(e, rexBuilder)).toList();
      call.transformTo(project.copy(project.getTraitSet(), input, rewritten, project.getRowType()));
    }
  }

  /** {@code LIMIT n} with no ordering over a scan (directly or through a projection): stop after offset + n rows. */
  static final class LimitRule extends RelOptRule {
    LimitRule(boolean throughProject) {
      super(throughProject
          ? operand(LogicalSort.class, operand(LogicalProject.class, operand(LakeTableScan.class, none())))
          : operand(LogicalSort.class, operand(LakeTableScan.class, none())),
          throughProject ? "LakeLimitThroughProjectRule" : "LakeLimitRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Sort sort = call.rel(0);
      LakeTableScan scan = call.rel(call.getRelList().size() - 1);
      long limit = rowsNeeded(sort);
      if (limit < 0 || scan.isCount() || scan.request().limit() >= 0) {
        return;
      }
      ScanRequest request = scan.request();
      RelNode input = scan.withRequest(
          new ScanRequest(request.columns(), request.eventTime(), request.valueFilters(), limit));
      if (call.getRelList().size() == 3) {
        Project project = call.rel(1);
        input = project.copy(project.getTraitSet(), List.of(input));
      }
      call.transformTo(sort.copy(sort.getTraitSet(), List.of(input)));
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

  /** A lone {@code COUNT(*)} over a scan (directly or through a projection it does not read) counts instead. */
  static final class CountRule extends RelOptRule {
    CountRule(boolean throughProject) {
      super(throughProject
          ? operand(LogicalAggregate.class, operand(LogicalProject.class, operand(LakeTableScan.class, none())))
          : operand(LogicalAggregate.class, operand(LakeTableScan.class, none())),
          throughProject ? "LakeCountThroughProjectRule" : "LakeCountRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      Aggregate aggregate = call.rel(0);
      LakeTableScan scan = call.rel(call.getRelList().size() - 1);
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
