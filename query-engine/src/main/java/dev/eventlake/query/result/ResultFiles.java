package dev.eventlake.query.result;

import dev.eventlake.query.engine.ResultColumn;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.message.ArrowBlock;

/** Reads finished result files written by {@link ResultFileWriter}: row ranges for paging, and the stream export. */
public final class ResultFiles {
  private ResultFiles() {}

  /**
   * The rows {@code [offset, offset + count)} of a result, clipped to its end, as normalised Java values.
   *
   * @param rowsPerBatch the batch size the file was written with
   */
  public static List<Object[]> readRows(Path file, List<ResultColumn> columns, int rowsPerBatch, long offset,
      int count, BufferAllocator allocator) throws IOException {
    List<Object[]> rows = new ArrayList<>(count);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
      List<ArrowBlock> blocks = reader.getRecordBlocks();
      long next = offset;
      int batch = Math.toIntExact(offset / rowsPerBatch);
      while (rows.size() < count && batch < blocks.size()) {
        reader.loadRecordBatch(blocks.get(batch));
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        long batchStart = (long) batch * rowsPerBatch;
        for (int index = (int) (next - batchStart); index < root.getRowCount() && rows.size() < count; index++) {
          rows.add(readRow(root.getFieldVectors(), index, columns));
          next++;
        }
        batch++;
      }
    }
    return rows;
  }

  /** Copies a whole result file to {@code out} as an Arrow IPC stream (schema, then every batch). */
  public static void copyAsStream(Path file, OutputStream out, BufferAllocator allocator) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      try (ArrowStreamWriter writer = new ArrowStreamWriter(root, null, Channels.newChannel(keepOpen(out)))) {
        writer.start();
        for (ArrowBlock block : reader.getRecordBlocks()) {
          reader.loadRecordBatch(block);
          writer.writeBatch();
        }
        writer.end();
      }
    }
  }

  /** Writes an Arrow IPC stream with the schema of {@code columns} and no batches (a query stopped before rows). */
  public static void writeEmptyStream(List<ResultColumn> columns, OutputStream out, BufferAllocator allocator)
      throws IOException {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(ArrowSchemas.schema(columns), allocator);
        ArrowStreamWriter writer = new ArrowStreamWriter(root, null, Channels.newChannel(keepOpen(out)))) {
      writer.start();
      writer.end();
    }
  }

  /** {@code out} behind a wrapper whose {@code close()} only flushes: the caller owns the stream. */
  private static OutputStream keepOpen(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static Object[] readRow(List<FieldVector> vectors, int index, List<ResultColumn> columns) {
    Object[] row = new Object[columns.size()];
    for (int column = 0; column < row.length; column++) {
      row[column] = ValueVectors.read(vectors.get(column), index, columns.get(column).type());
    }
    return row;
  }
}
