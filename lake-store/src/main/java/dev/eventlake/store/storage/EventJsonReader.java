package dev.eventlake.store.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;

/**
 * Reads back only the {@code eventJson} column of a data file. Every other column is a pure function of it, so
 * this is all compaction needs to rewrite a file with identical contents. Not on any query path.
 */
final class EventJsonReader {
  private EventJsonReader() {}

  static List<String> read(Path file) throws IOException {
    PlainParquetConfiguration configuration = new PlainParquetConfiguration();
    configuration.set(ReadSupport.PARQUET_READ_SCHEMA, "message projection { required binary eventJson (STRING); }");
    List<String> records = new ArrayList<>();
    try (ParquetReader<Group> reader = new Builder(new LocalInputFile(file), configuration).build()) {
      for (Group row = reader.read(); row != null; row = reader.read()) {
        records.add(row.getString(0, 0));
      }
    }
    return records;
  }

  /** Parquet's reader builder bound to the example Group API, without Hadoop paths. */
  private static final class Builder extends ParquetReader.Builder<Group> {
    Builder(LocalInputFile file, ParquetConfiguration configuration) {
      super(file, configuration);
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }
}
