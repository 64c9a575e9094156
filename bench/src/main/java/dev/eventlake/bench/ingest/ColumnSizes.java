package dev.eventlake.bench.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.LocalInputFile;

/** Where a folder of Parquet files spends its bytes: compressed column-chunk sizes per top-level column. */
public final class ColumnSizes {
  private ColumnSizes() {}

  /** One top-level column and its compressed bytes over all files. */
  public record ColumnSize(String column, long bytes) {}

  /** Every top-level column of the Parquet files under {@code directory}, largest first. */
  public static List<ColumnSize> of(Path directory) throws IOException {
    Map<String, Long> bytes = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(file -> file.getFileName().toString().endsWith(".parquet")).toList();
    }
    ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
    for (Path file : files) {
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
        for (BlockMetaData block : reader.getFooter().getBlocks()) {
          for (ColumnChunkMetaData column : block.getColumns()) {
            bytes.merge(column.getPath().toArray()[0], column.getTotalSize(), Long::sum);
          }
        }
      }
    }
    List<ColumnSize> sizes = new ArrayList<>();
    bytes.forEach((column, total) -> sizes.add(new ColumnSize(column, total)));
    sizes.sort(Comparator.comparingLong(ColumnSize::bytes).reversed());
    return sizes;
  }
}
