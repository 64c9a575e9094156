package dev.eventlake.store.storage;

import dev.eventlake.store.event.CloudTrailEvent;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/** Writes one sorted batch of events as a durable Parquet file: written, fsynced, hashed. */
final class EventFileWriter {
  private final StorageConfig config;

  EventFileWriter(StorageConfig config) {
    this.config = config;
  }

  /** Writes {@code events} (already sorted by eventTime) to {@code file}; {@code relativePath} names the entry. */
  FileEntry write(Path file, String relativePath, List<CloudTrailEvent> events) throws IOException {
    try (ParquetWriter<CloudTrailEvent> writer = open(file, events.size())) {
      for (CloudTrailEvent event : events) {
        writer.write(event);
      }
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return new FileEntry(relativePath, Hashing.sha256(file), events.size(), Files.size(file),
        events.get(0).eventTime(), events.get(events.size() - 1).eventTime());
  }

  private ParquetWriter<CloudTrailEvent> open(Path file, int events) throws IOException {
    Builder builder = new Builder(new LocalOutputFile(file))
        .withConf(new PlainParquetConfiguration())
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCompressionCodec(config.compression())
        .withRowGroupSize(config.rowGroupBytes())
        .withRowGroupRowCountLimit(config.rowGroupEvents())
        .withPageSize(config.pageBytes())
        .withDictionaryEncoding(true)
        .withPageWriteChecksumEnabled(true)
        .withStatisticsEnabled(true)
        .withSizeStatisticsEnabled(false);
    for (String column : EventSchema.UNIQUE_COLUMNS) {
      builder.withDictionaryEncoding(column, false);
    }
    for (String column : EventSchema.UNFILTERED_COLUMNS) {
      builder.withStatisticsEnabled(column, false);
    }
    for (String column : EventSchema.BLOOM_FILTER_COLUMNS) {
      builder.withBloomFilterEnabled(column, true).withBloomFilterNDV(column, Math.max(1_000, events));
    }
    return builder.build();
  }

  /** Parquet's writer builder bound to {@link EventWriteSupport}. */
  private static final class Builder extends ParquetWriter.Builder<CloudTrailEvent, Builder> {
    Builder(OutputFile file) {
      super(file);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<CloudTrailEvent> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return new EventWriteSupport(Map.of("writer", "eventlake"));
    }

    @Override
    protected WriteSupport<CloudTrailEvent> getWriteSupport(ParquetConfiguration conf) {
      return new EventWriteSupport(Map.of("writer", "eventlake"));
    }
  }
}
