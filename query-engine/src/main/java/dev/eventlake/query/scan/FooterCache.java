package dev.eventlake.query.scan;

import dev.eventlake.store.storage.FileEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * The parsed footers of the most recently read data files, so a query need not read and decode (Thrift, then
 * statistics) the footer of every file it opens: over a hundred files that was most of a needle query's time. Data
 * files never change once committed; entries are keyed by path and content hash all the same, so a file replaced
 * under its old name is never served a stale footer. Shared by all queries of an engine; safe across threads.
 */
public final class FooterCache {
  private final int capacity;
  private final Map<Key, ParquetMetadata> footers;
  private final ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();

  /** A cache of at most {@code capacity} footers; 0 caches nothing. */
  public FooterCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    this.capacity = capacity;
    this.footers = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, ParquetMetadata> eldest) {
        return size() > FooterCache.this.capacity;
      }
    };
  }

  /** A cache that keeps nothing: every call reads the footer. */
  public static FooterCache none() {
    return new FooterCache(0);
  }

  /** The whole footer (every row group) of {@code file}, stored at {@code path}. */
  ParquetMetadata footer(Path path, FileEntry file) throws IOException {
    Key key = new Key(path, file.sha256());
    synchronized (footers) {
      ParquetMetadata cached = footers.get(key);
      if (cached != null) {
        return cached;
      }
    }
    LocalInputFile input = new LocalInputFile(path);
    ParquetMetadata footer;
    try (SeekableInputStream stream = input.newStream()) {
      footer = ParquetFileReader.readFooter(input, options, stream);
    }
    if (capacity > 0) {
      synchronized (footers) {
        footers.put(key, footer);
      }
    }
    return footer;
  }

  /** Footers held now. */
  public int size() {
    synchronized (footers) {
      return footers.size();
    }
  }

  private record Key(Path path, String sha256) {}
}
