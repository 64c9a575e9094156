package dev.eventlake.query.adapter;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;

/** Dotted column paths ({@code userIdentity.sessionContext.sessionIssuer.arn}) and the expressions that read them. */
final class LakePaths {
  private LakePaths() {}

  /** The type of {@code path} inside the full event row type. */
  static RelDataType typeOf(RelDataType row, String path) {
    RelDataType type = row;
    for (String segment : path.split("\\.")) {
      RelDataTypeField field = type.getField(segment, true, false);
      if (field == null) {
        throw new IllegalArgumentException("no column " + path);
      }
      type = field.getType();
    }
    return type;
  }

  /** How many Parquet leaf columns hold a value of {@code type}: the cost of reading it. */
  static int leafCount(RelDataType type) {
    if (type.isStruct()) {
      return type.getFieldList().stream().mapToInt(field -> leafCount(field.getType())).sum();
    }
    if (type.getComponentType() != null) {
      return leafCount(type.getComponentType());
    }
    return type.getKeyType() != null ? 2 : 1;
  }

  /**
   * The path {@code expression} reads from a scan producing {@code columns}: a column reference or a chain of
   * struct field accesses on one; {@code null} for anything else.
   */
  static String pathOf(RexNode expression, List<String> columns) {
    if (expression instanceof RexInputRef reference) {
      return columns.get(reference.getIndex());
    }
    if (expression instanceof RexFieldAccess access) {
      String parent = pathOf(access.getReferenceExpr(), columns);
      return parent == null ? null : parent + "." + access.getField().getName();
    }
    return null;
  }
}
