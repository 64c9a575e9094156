package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.imports.ImportRecord;
import dev.eventlake.api.imports.ImportSourceLocation;
import dev.eventlake.api.imports.ImportTotals;
import dev.eventlake.store.ingest.ImportFailure;
import java.time.Instant;
import java.util.List;

/** Wire shapes of the import operations of section 2.4, members as CloudTrail names them. */
public final class ImportShapes {
  private ImportShapes() {}

  /** {@code ImportSource.S3}: the URI, and the bucket region and role CloudTrail requires (echoed, not used). */
  public record S3SourceShape(String s3LocationUri, String s3BucketRegion, String s3BucketAccessRoleArn) {}

  /** {@code ImportSource}. */
  public record ImportSourceShape(S3SourceShape s3) {
    static ImportSourceShape of(ImportSourceLocation source) {
      return new ImportSourceShape(new S3SourceShape(source.uri(), source.bucketRegion(), source.accessRoleArn()));
    }
  }

  /** StartImport input: a new import, or a retry naming only {@code ImportId}. */
  public record StartInput(List<String> destinations, ImportSourceShape importSource, Instant startEventTime,
      Instant endEventTime, String importId) {}

  /** The input of GetImport and StopImport. */
  public record ImportIdInput(String importId) {}

  /** ListImports input. */
  public record ListInput(Integer maxResults, String destination, String importStatus, String nextToken) {}

  /** ListImportFailures input. */
  public record FailuresInput(String importId, Integer maxResults, String nextToken) {}

  /** {@code ImportStatistics}. */
  public record StatisticsShape(long prefixesFound, long prefixesCompleted, long filesCompleted, long eventsCompleted,
      long failedEntries) {
    static StatisticsShape of(ImportTotals totals) {
      return new StatisticsShape(totals.prefixesFound(), totals.prefixesCompleted(), totals.filesCompleted(),
          totals.eventsCompleted(), totals.failedEntries());
    }
  }

  /** The import as StartImport, GetImport and StopImport return it (StartImport without statistics). */
  public record ImportOutput(String importId, List<String> destinations, ImportSourceShape importSource,
      Instant startEventTime, Instant endEventTime, String importStatus, Instant createdTimestamp,
      Instant updatedTimestamp, StatisticsShape importStatistics) {
    static ImportOutput of(ImportRecord record, boolean withStatistics) {
      return new ImportOutput(record.id(), List.of(record.destination()), ImportSourceShape.of(record.source()),
          record.startEventTime(), record.endEventTime(), record.status().name(), record.createdTimestamp(),
          record.updatedTimestamp(), withStatistics ? StatisticsShape.of(record.statistics()) : null);
    }
  }

  /** {@code ImportsListItem}. */
  public record ImportItem(String importId, String importStatus, List<String> destinations, Instant createdTimestamp,
      Instant updatedTimestamp) {
    static ImportItem of(ImportRecord record) {
      return new ImportItem(record.id(), record.status().name(), List.of(record.destination()),
          record.createdTimestamp(), record.updatedTimestamp());
    }
  }

  /** ListImports output. */
  public record ListOutput(List<ImportItem> imports, String nextToken) {}

  /** {@code ImportFailureListItem}. */
  public record FailureItem(String location, String status, String errorType, String errorMessage,
      Instant lastUpdatedTime) {
    static FailureItem of(ImportFailure failure) {
      return new FailureItem(failure.location(), failure.status(), failure.errorType(), failure.errorMessage(),
          failure.lastUpdatedTime());
    }
  }

  /** ListImportFailures output. */
  public record FailuresOutput(List<FailureItem> failures, String nextToken) {}
}
