package dev.eventlake.api.imports;

import dev.eventlake.store.ingest.ImportRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where an import reads log files from: lists them lazily and makes each one readable as a local file. */
interface LogSource extends AutoCloseable {

  /**
   * The log files whose delivery day may hold events of {@code range}, listed lazily (a bucket is never held in
   * memory); by default only the {@code AWSLogs/<account>/CloudTrail/} trees when the source has that layout.
   */
  Stream<SourceFile> files(ImportRange range) throws IOException;

  /** A local file with the content of {@code file}: the file itself, or a copy written to {@code target}. */
  Path readable(SourceFile file, Path target) throws IOException;

  @Override
  void close();

  /** One log file of a source: where it is (a URI, for failures), the folder it belongs to, and its size. */
  record SourceFile(String location, String prefix, String name, long size) {}
}
