package dev.eventlake.query.sql;

import dev.eventlake.query.scan.EventRows;
import dev.eventlake.query.schema.EventRowType;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.storage.EventSchema;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.interpreter.Bindables;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A test event table over in-memory events with the real event row type. It is also translatable, into a
 * {@code BindableTableScan}, to dodge Calcite's code-generation bug for {@code SELECT *} over ARRAY&lt;ROW&gt;.
 */
final class CorpusTable extends AbstractTable implements ScannableTable, TranslatableTable {
  private final List<Object[]> rows;

  CorpusTable(List<CloudTrailEvent> events) {
    this.rows = events.stream().map(EventRows::toRow).toList();
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return EventRowType.of(EventSchema.SCHEMA, typeFactory);
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    return Linq4j.asEnumerable(rows);
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return Bindables.BindableTableScan.create(context.getCluster(), relOptTable);
  }
}
