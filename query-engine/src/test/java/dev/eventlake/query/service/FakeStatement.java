package dev.eventlake.query.service;

import dev.eventlake.query.engine.ColumnType;
import dev.eventlake.query.engine.ResultColumn;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * What the fake runner does for one SQL text: its columns and generated rows, plus optional behaviour — wait on a
 * latch before the first row, sleep per row, fail at a row, or fail when started.
 */
record FakeStatement(List<ResultColumn> columns, int rowCount, IntFunction<Object[]> rows, Set<String> storeIds,
    CountDownLatch gate, long millisPerRow, int failAtRow, RuntimeException startFailure) {

  static final ColumnType BIGINT = ColumnType.scalar(ColumnType.Kind.BIGINT, "BIGINT");
  static final ColumnType VARCHAR = ColumnType.scalar(ColumnType.Kind.STRING, "VARCHAR");

  /** {@code rowCount} rows {@code (n BIGINT, label VARCHAR)} = {@code (i, "row-i")} reading store {@code storeId}. */
  static FakeStatement numbered(int rowCount, String storeId) {
    return new FakeStatement(List.of(new ResultColumn("n", BIGINT), new ResultColumn("label", VARCHAR)), rowCount,
        index -> new Object[] {(long) index, "row-" + index}, Set.of(storeId), null, 0, -1, null);
  }

  FakeStatement gatedBy(CountDownLatch latch) {
    return new FakeStatement(columns, rowCount, rows, storeIds, latch, millisPerRow, failAtRow, startFailure);
  }

  FakeStatement slow(long millis) {
    return new FakeStatement(columns, rowCount, rows, storeIds, gate, millis, failAtRow, startFailure);
  }

  FakeStatement failingAt(int row) {
    return new FakeStatement(columns, rowCount, rows, storeIds, gate, millisPerRow, row, startFailure);
  }

  FakeStatement failingToStart(RuntimeException failure) {
    return new FakeStatement(columns, rowCount, rows, storeIds, gate, millisPerRow, failAtRow, failure);
  }

  FakeStatement withRows(List<ResultColumn> newColumns, int newCount, IntFunction<Object[]> newRows) {
    return new FakeStatement(newColumns, newCount, newRows, storeIds, gate, millisPerRow, failAtRow, startFailure);
  }
}
