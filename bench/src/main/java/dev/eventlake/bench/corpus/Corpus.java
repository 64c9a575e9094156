package dev.eventlake.bench.corpus;

import java.nio.file.Path;

/**
 * Generated CloudTrail logs in the AWSLogs layout.
 *
 * @param directory the folder holding the {@code AWSLogs} tree
 * @param events distinct events generated (redelivered duplicates are extra records)
 * @param files {@code .json.gz} files written
 * @param gzipBytes their total size
 * @param reused whether the logs were left from an earlier run
 * @param generationNanos how long generating took (zero when reused)
 */
public record Corpus(Path directory, long events, long files, long gzipBytes, boolean reused, long generationNanos) {
  public double gzipBytesPerEvent() {
    return (double) gzipBytes / events;
  }
}
