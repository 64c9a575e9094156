package dev.eventlake.query.engine;

import java.util.List;
import java.util.Set;

/**
 * One running statement: its result columns and a forward-only cursor over its rows. Row values are normalised
 * per {@link ColumnType.Kind}. {@link #cancel()} may be called from another thread and makes a pending or later
 * {@link #next()} stop promptly with an exception.
 */
public interface StatementExecution extends AutoCloseable {
  /** IDs of the event data stores the statement reads. */
  Set<String> storeIds();

  List<ResultColumn> columns();

  /** Advances to the next row; {@code false} at the end. */
  boolean next();

  /** The current row's values, one per column. */
  Object[] row();

  void cancel();

  @Override
  void close();
}
