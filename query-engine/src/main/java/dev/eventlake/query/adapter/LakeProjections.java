package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.ScanRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;

/**
 * Narrows a scan to the column paths a set of expressions reads (a struct field access becomes its own nested
 * column) and rewrites those expressions onto the narrowed scan's fields.
 */
final class LakeProjections {
  private final List<String> columns;
  private final Map<String, Integer> used = new LinkedHashMap<>();
  private final LakeTableScan narrowed;

  private LakeProjections(LakeTableScan scan, List<RexNode> expressions) {
    this.columns = scan.request().columns();
    expressions.forEach(expression -> replacePaths(expression, this::use));
    if (used.isEmpty()) {
      used.put(LakeFilters.EVENT_TIME, 0);
    }
    ScanRequest request = scan.request();
    List<String> paths = List.copyOf(used.keySet());
    this.narrowed = paths.equals(columns) ? null
        : scan.withRequest(new ScanRequest(paths, request.eventTime(), request.valueFilters(), request.limit()));
  }

  /** The projection of {@code scan} onto what {@code expressions} read, or {@code null} if it reads everything. */
  static LakeProjections of(LakeTableScan scan, List<RexNode> expressions) {
    LakeProjections projections = new LakeProjections(scan, expressions);
    return projections.narrowed == null ? null : projections;
  }

  private RexNode use(String path, RexNode expression) {
    used.putIfAbsent(path, used.size());
    return expression;
  }

  LakeTableScan narrowed() {
    return narrowed;
  }

  /** {@code expression} reading the narrowed scan's fields instead of the original ones. */
  RexNode rewrite(RexNode expression, RexBuilder rexBuilder) {
    return replacePaths(expression, (path, original) -> rexBuilder.ensureType(original.getType(),
        rexBuilder.makeInputRef(narrowed, used.get(path)), true));
  }

  /** Replaces every column-path read in {@code expression} (a column, or struct fields of one) by {@code action}. */
  private RexNode replacePaths(RexNode expression, BiFunction<String, RexNode, RexNode> action) {
    return expression.accept(new RexShuttle() {
      @Override
      public RexNode visitFieldAccess(RexFieldAccess access) {
        String path = LakePaths.pathOf(access, columns);
        return path == null ? super.visitFieldAccess(access) : action.apply(path, access);
      }

      @Override
      public RexNode visitInputRef(RexInputRef reference) {
        return action.apply(columns.get(reference.getIndex()), reference);
      }
    });
  }
}
