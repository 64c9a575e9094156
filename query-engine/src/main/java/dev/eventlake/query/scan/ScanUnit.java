package dev.eventlake.query.scan;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.storage.FileEntry;
import java.util.List;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;

/** One piece of scan work a worker thread takes: a whole file, one row group of a file, or the WAL events. */
sealed interface ScanUnit {

  /** A file not yet opened: its footer decides which row groups remain. */
  record WholeFile(FileEntry file) implements ScanUnit {}

  /** A row group that survived pruning, of a file whose footer is already read. */
  record RowGroup(FileEntry file, ParquetMetadata footer, int blockIndex) implements ScanUnit {}

  /** Events in the write-ahead log, not yet in any file. */
  record UnflushedEvents(List<CloudTrailEvent> events) implements ScanUnit {}
}
