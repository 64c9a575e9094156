package dev.eventlake.query.adapter;

import dev.eventlake.query.scan.ScanRequest.TimeRange;
import dev.eventlake.query.scan.ScanRequest.ValueFilter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Splits a filter condition into what a scan applies exactly — an {@code eventTime} range, string equalities or IN
 * lists on leaf columns, and {@code IS NOT NULL} on string leaf columns — and the residual conjuncts Calcite must
 * still evaluate.
 */
final class LakeFilters {
  static final String EVENT_TIME = "eventTime";
  private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

  private LakeFilters() {}

  /** What {@link #split} pulled out of a condition. */
  record Pushed(TimeRange range, List<ValueFilter> filters, List<RexNode> residual, boolean translatedAny) {}

  static Pushed split(RexNode condition, List<String> columns, RexBuilder rexBuilder) {
    RexNode expanded = RexUtil.expandSearch(rexBuilder, null, condition);
    TimeRange range = TimeRange.ALL;
    List<ValueFilter> filters = new ArrayList<>();
    List<RexNode> residual = new ArrayList<>();
    for (RexNode conjunct : RelOptUtil.conjunctions(expanded)) {
      TimeRange bound = timeBound(conjunct, columns);
      ValueFilter filter = bound == null ? valueFilter(conjunct, columns) : null;
      if (bound != null) {
        range = range.intersect(bound);
      } else if (filter != null) {
        filters.add(filter);
      } else {
        residual.add(conjunct);
      }
    }
    boolean translated = !range.equals(TimeRange.ALL) || !filters.isEmpty();
    return new Pushed(range, filters, residual, translated);
  }

  /** {@code eventTime <op> literal} (either side) as a closed millisecond range, else {@code null}. */
  private static TimeRange timeBound(RexNode conjunct, List<String> columns) {
    if (!(conjunct instanceof RexCall call) || call.getOperands().size() != 2) {
      return null;
    }
    SqlKind kind = call.getKind();
    RexNode left = call.getOperands().get(0);
    RexNode right = call.getOperands().get(1);
    Long millis = timestampMillis(right);
    if (!EVENT_TIME.equals(LakePaths.pathOf(left, columns)) || millis == null) {
      millis = timestampMillis(left);
      if (!EVENT_TIME.equals(LakePaths.pathOf(right, columns)) || millis == null) {
        return null;
      }
      kind = kind.reverse();
    }
    switch (kind) {
      case EQUALS: return new TimeRange(millis, millis);
      case GREATER_THAN: return new TimeRange(millis + 1, Long.MAX_VALUE);
      case GREATER_THAN_OR_EQUAL: return new TimeRange(millis, Long.MAX_VALUE);
      case LESS_THAN: return new TimeRange(Long.MIN_VALUE, millis - 1);
      case LESS_THAN_OR_EQUAL: return new TimeRange(Long.MIN_VALUE, millis);
      default: return null;
    }
  }

  private static Long timestampMillis(RexNode node) {
    if (node instanceof RexLiteral literal && literal.getType().getSqlTypeName() == SqlTypeName.TIMESTAMP) {
      return literal.getValueAs(Long.class);
    }
    if (node.getKind() == SqlKind.CAST && node.getType().getSqlTypeName() == SqlTypeName.TIMESTAMP
        && ((RexCall) node).getOperands().get(0) instanceof RexLiteral text
        && text.getType().getFamily() == SqlTypeFamily.CHARACTER) {
      try {
        return LocalDateTime.parse(text.getValueAs(String.class).trim(), SQL_TIMESTAMP)
            .toInstant(ZoneOffset.UTC).toEpochMilli();
      } catch (DateTimeParseException notPlain) {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code column = 'v'}, an OR of such equalities on one string column, or {@code column IS NOT NULL} on a string
   * column; else {@code null}.
   */
  private static ValueFilter valueFilter(RexNode conjunct, List<String> columns) {
    if (conjunct.getKind() == SqlKind.IS_NOT_NULL) {
      RexNode column = ((RexCall) conjunct).getOperands().get(0);
      String columnPath = LakePaths.pathOf(column, columns);
      return columnPath == null || column.getType().getSqlTypeName() != SqlTypeName.VARCHAR ? null
          : ValueFilter.notNull(columnPath);
    }
    String path = null;
    List<String> values = new ArrayList<>();
    for (RexNode disjunct : RelOptUtil.disjunctions(conjunct)) {
      if (!(disjunct instanceof RexCall call) || call.getKind() != SqlKind.EQUALS) {
        return null;
      }
      RexNode left = call.getOperands().get(0);
      RexNode right = call.getOperands().get(1);
      RexLiteral literal = right instanceof RexLiteral r ? r : left instanceof RexLiteral l ? l : null;
      RexNode column = literal == right ? left : right;
      String columnPath = LakePaths.pathOf(column, columns);
      if (literal == null || columnPath == null || (path != null && !path.equals(columnPath))
          || column.getType().getSqlTypeName() != SqlTypeName.VARCHAR
          || literal.getType().getFamily() != SqlTypeFamily.CHARACTER) {
        return null;
      }
      path = columnPath;
      values.add(literal.getValueAs(String.class));
    }
    return path == null ? null : new ValueFilter(path, values);
  }
}
