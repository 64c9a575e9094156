package dev.eventlake.store.storage;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How a store lays out its Parquet files. Defaults favour pruning: row groups of 65,536 events so a needle query
 * reads little, ZSTD, and files of up to a million events before a day is split into another file.
 */
public record StorageConfig(
    CompressionCodecName compression,
    int rowGroupEvents,
    long rowGroupBytes,
    int pageBytes,
    int maxEventsPerFile,
    int importBatchEvents,
    int walFlushEvents,
    int compactionMinFiles,
    long smallFileBytes) {

  public StorageConfig withBatches(int newImportBatchEvents, int newWalFlushEvents) {
    return new StorageConfig(compression, rowGroupEvents, rowGroupBytes, pageBytes, maxEventsPerFile,
        newImportBatchEvents, newWalFlushEvents, compactionMinFiles, smallFileBytes);
  }

  public static StorageConfig defaults() {
    return new StorageConfig(CompressionCodecName.ZSTD, 65_536, 64L << 20, 1 << 20, 1_000_000, 250_000, 50_000, 8,
        32L << 20);
  }
}

