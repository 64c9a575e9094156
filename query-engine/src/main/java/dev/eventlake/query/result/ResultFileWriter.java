package dev.eventlake.query.result;

import static dev.eventlake.store.error.ErrorCode.INTERNAL_FAILURE;

import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.store.error.LakeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;

/**
 * Writes a result as an Arrow IPC file in record batches of exactly {@code rowsPerBatch} rows (the last may be
 * shorter), so that a row's batch is {@code offset / rowsPerBatch}. Rows wait in memory until a batch is full; their
 * estimated size is held to the memory budget, and the vectors of one batch come from a child allocator whose limit
 * is derived from the same budget. {@link #finish()} completes the file; {@link #close()} alone abandons it.
 */
public final class ResultFileWriter implements AutoCloseable {
  /** Allocator head room beyond the budget for vector buffers that grow by doubling. */
  private static final long ALLOCATOR_HEADROOM = 8L << 20;

  private final List<ResultColumn> columns;
  private final int rowsPerBatch;
  private final long memoryBudgetBytes;
  private final BufferAllocator allocator;
  private final FileChannel channel;
  private final VectorSchemaRoot root;
  private final ArrowFileWriter writer;
  private final List<Object[]> buffered = new ArrayList<>();
  private long bufferedBytes;
  private long rowCount;
  private boolean finished;
  private boolean closed;

  /** Creates {@code file} (which must not exist) and writes the schema. */
  public ResultFileWriter(Path file, List<ResultColumn> columns, BufferAllocator parent, int rowsPerBatch,
      long memoryBudgetBytes) throws IOException {
    this.columns = List.copyOf(columns);
    this.rowsPerBatch = rowsPerBatch;
    this.memoryBudgetBytes = memoryBudgetBytes;
    this.allocator = parent.newChildAllocator("result " + file, 0, 2 * memoryBudgetBytes + ALLOCATOR_HEADROOM);
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.root = VectorSchemaRoot.create(ArrowSchemas.schema(this.columns), allocator);
    this.writer = new ArrowFileWriter(root, null, channel);
    writer.start();
  }

  /**
   * Accepts one row, writing a batch when it is full.
   *
   * @throws LakeException when the buffered rows outgrow the memory budget
   */
  public void add(Object[] row) {
    bufferedBytes += RowSizes.estimate(row);
    if (bufferedBytes > memoryBudgetBytes) {
      throw LakeException.of(INTERNAL_FAILURE, "The query needed more than its memory budget of %,d bytes to buffer "
          + "%,d result rows before writing them; select fewer or narrower columns, add a LIMIT, or raise the "
          + "per-query memory budget.", memoryBudgetBytes, buffered.size() + 1);
    }
    buffered.add(row.clone());
    rowCount++;
    if (buffered.size() >= rowsPerBatch) {
      flush();
    }
  }

  /** Rows accepted so far, written or buffered. */
  public long rowCount() {
    return rowCount;
  }

  /** Writes the buffered rows and the file footer and forces the file to disk. */
  public void finish() throws IOException {
    flush();
    writer.end();
    channel.force(true);
    finished = true;
    close();
  }

  private void flush() {
    if (buffered.isEmpty()) {
      return;
    }
    root.allocateNew();
    List<FieldVector> vectors = root.getFieldVectors();
    for (int rowIndex = 0; rowIndex < buffered.size(); rowIndex++) {
      Object[] row = buffered.get(rowIndex);
      for (int column = 0; column < vectors.size(); column++) {
        Object value = column < row.length ? row[column] : null;
        ValueVectors.write(vectors.get(column), rowIndex, value, columns.get(column).type());
      }
    }
    root.setRowCount(buffered.size());
    try {
      writer.writeBatch();
    } catch (IOException failure) {
      throw new UncheckedIOException("Writing a result batch failed: " + failure.getMessage(), failure);
    }
    root.clear();
    buffered.clear();
    bufferedBytes = 0;
  }

  /** Releases memory and closes the file; an unfinished file is left incomplete for the caller to delete. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    buffered.clear();
    try (allocator; root; channel; writer) {
      // Closed in reverse order: writer, channel, vectors, allocator.
    } catch (IOException | RuntimeException failure) {
      if (finished) {
        throw new IllegalStateException("Closing the finished result file failed: " + failure, failure);
      }
    }
  }
}
