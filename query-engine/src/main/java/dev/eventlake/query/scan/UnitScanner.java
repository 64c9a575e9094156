package dev.eventlake.query.scan;

import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.storage.FileEntry;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.SeekableInputStream;

/**
 * Scans one unit of work into a sink: opens a file and prunes its row groups (splitting the survivors off as
 * units of their own, or counting them from statistics), decodes one row group, or filters the WAL events.
 */
final class UnitScanner {
  private static final ColumnPath EVENT_TIME = ColumnPath.get("eventTime");
  /** Column-by-column reading of flat projections; off only to compare it with record assembly. */
  private static final boolean FLAT_READS_ENABLED =
      !Boolean.getBoolean("eventlake.scan.recordAssemblyOnly");

  private final Path storeDirectory;
  private final FooterCache footers;
  private final ScanPlan plan;
  private final ScanStatistics statistics;
  private final ScanRun run;
  private final boolean counting;
  private final Consumer<ScanUnit> split;
  private final Set<ColumnPath> readColumns = new HashSet<>();
  private final ParquetReadOptions pruningOptions;
  private final ParquetReadOptions readOptions;
  private final boolean flatReads;
  private UnitScanner wholeFileScanner;

  UnitScanner(Path storeDirectory, FooterCache footers, ScanPlan plan, ScanStatistics statistics, ScanRun run,
      boolean counting, Consumer<ScanUnit> split) {
    this.storeDirectory = storeDirectory;
    this.footers = footers;
    this.plan = plan;
    this.statistics = statistics;
    this.run = run;
    this.counting = counting;
    this.split = split;
    this.pruningOptions = plan.newReadOptions(true);
    this.readOptions = plan.newReadOptions(false);
    this.flatReads = FLAT_READS_ENABLED && FlatRowReader.supports(plan.fileLayout().readSchema());
    plan.fileLayout().readSchema().getPaths().forEach(path -> readColumns.add(ColumnPath.get(path)));
  }

  void scan(ScanUnit unit, RowSink sink) {
    if (unit instanceof ScanUnit.UnflushedEvents events) {
      scanEvents(events.events(), sink);
      return;
    }
    FileEntry file = unit instanceof ScanUnit.WholeFile whole ? whole.file() : ((ScanUnit.RowGroup) unit).file();
    if (plan.coversWholly(file)) {
      wholeFileScanner().scan(unit, sink);
      return;
    }
    Path path = storeDirectory.resolve(file.path());
    try {
      if (unit instanceof ScanUnit.RowGroup rowGroup) {
        scanRowGroup(path, rowGroup, sink);
      } else {
        scanFile(path, file, sink);
      }
    } catch (IOException failure) {
      if (failure instanceof NoSuchFileException || failure instanceof FileNotFoundException || !Files.exists(path)) {
        throw new LakeException(ErrorCode.CONFLICT_EXCEPTION, "data file " + path + " was removed while the query"
            + " ran (compaction or retention replaced it); run the query again", failure);
      }
      throw new UncheckedIOException("cannot read data file " + path + ": " + failure.getMessage(), failure);
    } catch (LakeException | UncheckedIOException failure) {
      throw failure;
    } catch (RuntimeException failure) {
      throw new IllegalStateException("cannot decode data file " + path + ": " + failure, failure);
    }
  }

  /** A scanner of this one's plan without its time range, for the files wholly inside that range. */
  private UnitScanner wholeFileScanner() {
    if (wholeFileScanner == null) {
      wholeFileScanner = new UnitScanner(storeDirectory, footers, plan.withoutTimeRange(), statistics, run,
          counting, split);
    }
    return wholeFileScanner;
  }

  private void scanFile(Path path, FileEntry file, RowSink sink) throws IOException {
    try (ParquetFileReader reader = open(path, footers.footer(path, file), pruningOptions)) {
      statistics.addFiles(1, 0);
      List<BlockMetaData> all = reader.getFooter().getBlocks();
      List<BlockMetaData> kept = reader.getRowGroups();
      statistics.addRowGroups(0, all.size() - kept.size());
      List<Integer> toDecode = new ArrayList<>();
      for (int index = 0; index < kept.size(); index++) {
        if (counting && countableFromStatistics(kept.get(index))) {
          long rows = kept.get(index).getRowCount();
          run.count(rows);
          statistics.addEventsCountedFromMetadata(rows);
          statistics.addRowGroups(0, 1);
        } else {
          toDecode.add(index);
        }
      }
      for (int position = toDecode.size() - 1; position >= 1; position--) {
        int blockIndex = all.indexOf(kept.get(toDecode.get(position)));
        split.accept(new ScanUnit.RowGroup(file, reader.getFooter(), blockIndex));
      }
      if (!toDecode.isEmpty()) {
        decode(reader, toDecode.get(0), kept.get(toDecode.get(0)), sink);
      }
    }
  }

  private void scanRowGroup(Path path, ScanUnit.RowGroup unit, RowSink sink) throws IOException {
    try (ParquetFileReader reader = open(path, unit.footer(), readOptions)) {
      decode(reader, unit.blockIndex(), unit.footer().getBlocks().get(unit.blockIndex()), sink);
    }
  }

  /** Decodes row group {@code blockIndex} (of the reader's row-group list) into the sink. */
  private void decode(ParquetFileReader reader, int blockIndex, BlockMetaData block, RowSink sink)
      throws IOException {
    if (run.shouldStop()) {
      return;
    }
    statistics.addRowGroups(1, 0);
    statistics.addEventsScanned(block.getRowCount());
    statistics.addBytesScanned(readBytes(block));
    RowLayout layout = plan.fileLayout();
    reader.setRequestedSchema(layout.readSchema());
    PageReadStore pages = reader.readFilteredRowGroup(blockIndex);
    if (pages == null || pages.getRowCount() == 0) {
      return;
    }
    if (flatReads) {
      FlatRowReader.read(pages, reader.getFileMetaData().getCreatedBy(), layout, sink);
      return;
    }
    MessageColumnIO columns = new ColumnIOFactory(reader.getFileMetaData().getCreatedBy())
        .getColumnIO(layout.readSchema(), reader.getFileMetaData().getSchema(), true);
    RecordReader<Object[]> records = columns.getRecordReader(pages, new RowMaterializer(layout.readSchema()),
        plan.recordFilter());
    long rows = pages.getRowCount();
    for (long row = 0; row < rows; row++) {
      Object[] record = records.read();
      if (record == null || records.shouldSkipCurrentRecord() || !layout.matches(record)) {
        continue;
      }
      if (!sink.accept(layout.output(record))) {
        return;
      }
    }
  }

  private void scanEvents(List<CloudTrailEvent> events, RowSink sink) {
    statistics.addEventsScanned(events.size());
    RowLayout layout = plan.eventLayout();
    for (CloudTrailEvent event : events) {
      Object[] row = EventRows.toRow(event);
      if (layout.matches(row) && !sink.accept(layout.output(row))) {
        return;
      }
    }
  }

  /** True when, with no value filters, the row group's eventTime statistics put all of it inside the range. */
  private boolean countableFromStatistics(BlockMetaData block) {
    if (plan.hasValueFilters()) {
      return false;
    }
    ScanRequest.TimeRange range = plan.request().eventTime();
    if (range.equals(ScanRequest.TimeRange.ALL)) {
      return true;
    }
    for (ColumnChunkMetaData column : block.getColumns()) {
      if (column.getPath().equals(EVENT_TIME)) {
        Statistics<?> values = column.getStatistics();
        return values != null && values.hasNonNullValue() && values.getNumNulls() == 0
            && range.contains(((Number) values.genericGetMin()).longValue())
            && range.contains(((Number) values.genericGetMax()).longValue());
      }
    }
    return false;
  }

  private long readBytes(BlockMetaData block) {
    long bytes = 0;
    for (ColumnChunkMetaData column : block.getColumns()) {
      if (readColumns.contains(column.getPath())) {
        bytes += column.getTotalSize();
      }
    }
    return bytes;
  }

  private static ParquetFileReader open(Path path, ParquetMetadata footer,
      ParquetReadOptions options) throws IOException {
    LocalInputFile input = new LocalInputFile(path);
    SeekableInputStream stream = input.newStream();
    try {
      return ParquetFileReader.open(input, footer, options, stream);
    } catch (IOException | RuntimeException failure) {
      stream.close();
      throw failure;
    }
  }
}
