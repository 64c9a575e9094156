package dev.eventlake.query.service;

import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.result.ResultFiles;
import dev.eventlake.query.result.ValueText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The rows of a finished query's result file, read a chunk at a time, each value in CloudTrail's all-strings form
 * (SQL NULL as null), as GetQueryResults renders them.
 */
public final class ResultRows implements Iterator<List<String>> {
  private static final int CHUNK_ROWS = 4_096;

  private final Path file;
  private final List<ResultColumn> columns;
  private final int rowsPerBatch;
  private final long rowCount;
  private final BufferAllocator allocator;
  private final List<Object[]> chunk = new ArrayList<>();
  private long chunkStart;
  private long next;

  ResultRows(Path file, List<ResultColumn> columns, int rowsPerBatch, long rowCount, BufferAllocator allocator) {
    this.file = file;
    this.columns = List.copyOf(columns);
    this.rowsPerBatch = rowsPerBatch;
    this.rowCount = rowCount;
    this.allocator = allocator;
  }

  /** How many rows there are in all. */
  public long rowCount() {
    return rowCount;
  }

  @Override
  public boolean hasNext() {
    return next < rowCount;
  }

  /** @throws UncheckedIOException when the result file cannot be read */
  @Override
  public List<String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no rows left");
    }
    if (next - chunkStart >= chunk.size()) {
      readChunk();
    }
    Object[] row = chunk.get((int) (next - chunkStart));
    next++;
    List<String> values = new ArrayList<>(row.length);
    for (int column = 0; column < row.length; column++) {
      values.add(ValueText.render(row[column], columns.get(column).type()));
    }
    return values;
  }

  private void readChunk() {
    chunk.clear();
    chunkStart = next;
    try {
      chunk.addAll(ResultFiles.readRows(file, columns, rowsPerBatch, next, CHUNK_ROWS, allocator));
    } catch (IOException failure) {
      throw new UncheckedIOException("The result file " + file + " cannot be read: " + failure.getMessage(),
          failure);
    }
    if (chunk.isEmpty()) {
      throw new UncheckedIOException(new IOException("The result file " + file + " ends before row " + next));
    }
  }
}
