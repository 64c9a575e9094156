package dev.eventlake.api.imports;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;

/**
 * How the server runs imports: where {@code s3://} sources are read, how many files (and bytes) are staged and
 * committed together, how many failures an import keeps for ListImportFailures, and how long StopImport waits.
 *
 * @param s3 the S3 endpoint and credentials
 * @param filesPerBatch files read and committed together; a stop takes effect between batches at the latest
 * @param bytesPerBatch bytes of objects downloaded to the staging folder at a time
 * @param failuresKept failures listed per import; FailedEntries still counts them all
 * @param stopWait how long StopImport waits for the running batch to commit before answering
 */
public record ImportSettings(S3Settings s3, int filesPerBatch, long bytesPerBatch, int failuresKept,
    Duration stopWait) {

  public ImportSettings {
    requireNonNull(s3, "s3 is null");
    requireNonNull(stopWait, "stopWait is null");
    if (filesPerBatch < 1 || bytesPerBatch < 1 || failuresKept < 1) {
      throw new IllegalArgumentException("filesPerBatch, bytesPerBatch and failuresKept must be positive");
    }
  }

  /** AWS S3 defaults, 500 files or 256 MiB per batch, 10,000 failures kept, 10 s stop wait. */
  public static ImportSettings defaults() {
    return new ImportSettings(S3Settings.awsDefaults(), 500, 256L << 20, 10_000, Duration.ofSeconds(10));
  }

  /** Applies the {@code EVENTLAKE_S3_*} variables. */
  public ImportSettings withEnvironment(Map<String, String> environment) {
    return withS3(s3.withEnvironment(environment));
  }

  public ImportSettings withS3(S3Settings newS3) {
    return new ImportSettings(newS3, filesPerBatch, bytesPerBatch, failuresKept, stopWait);
  }

  public ImportSettings withFilesPerBatch(int files) {
    return new ImportSettings(s3, files, bytesPerBatch, failuresKept, stopWait);
  }
}
