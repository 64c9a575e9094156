package dev.eventlake.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.api.auth.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AccessDeniedException;
import software.amazon.awssdk.services.cloudtrail.model.EventDataStoreNotFoundException;
import software.amazon.awssdk.services.cloudtrail.model.ImportNotFoundException;
import software.amazon.awssdk.services.cloudtrail.model.ImportStatus;
import software.amazon.awssdk.services.cloudtrail.model.InactiveEventDataStoreException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventDataStoreCategoryException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidImportSourceException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidMaxResultsException;
import software.amazon.awssdk.services.cloudtrail.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudtrail.model.StartImportResponse;

/**
 * Refused imports arrive as the AWS SDK's typed exceptions (bad sources, stores and IDs), and roles decide who may
 * import: writers run and watch imports, readers may not.
 */
class ImportErrorsIT {
  private static final String BUCKET = "refusals";
  @TempDir static Path dataDirectory;
  @TempDir static Path importRoot;
  private static S3ProxyServer s3;
  private static ImportTestServer eventlake;
  private static CloudTrailClient cloudTrail;

  @BeforeAll
  static void startServers() throws Exception {
    s3 = S3ProxyServer.start();
    s3.createBucket(BUCKET);
    TrailLogs.build(TrailLogs.corpus(100), LocalDate.of(2024, 5, 1), 1, 2)
        .forEach(object -> s3.put(BUCKET, "org/" + object.key(), object.content()));
    eventlake = ImportTestServer.start(dataDirectory, importRoot, ImportSettings.defaults().withS3(s3.settings()));
    cloudTrail = eventlake.cloudTrail();
  }

  @AfterAll
  static void stopServers() throws Exception {
    if (eventlake != null) {
      eventlake.close();
    }
    if (s3 != null) {
      s3.close();
    }
  }

  @Test
  void errorsArriveAsTheSdksTypedExceptions() {
    String store = eventlake.createStore("s3-errors");
    assertThatThrownBy(() -> cloudTrail.getImport(request -> request.importId(UUID.randomUUID().toString())))
        .isInstanceOfSatisfying(ImportNotFoundException.class,
            failure -> assertThat(failure.statusCode()).isEqualTo(404));
    assertThatThrownBy(() -> cloudTrail.getImport(request -> request.importId("not-an-import-id")))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> cloudTrail.stopImport(request -> request.importId(UUID.randomUUID()
        .toString()))).isInstanceOf(ImportNotFoundException.class);
    assertThatThrownBy(() -> cloudTrail.startImport(request -> request.importId(UUID.randomUUID()
        .toString()))).isInstanceOf(ImportNotFoundException.class);
    assertThatThrownBy(() -> startSource(store, "s3://no-such-bucket/logs"))
        .isInstanceOf(InvalidImportSourceException.class).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> startSource(store, "s3://" + BUCKET + "/nothing-here"))
        .isInstanceOf(InvalidImportSourceException.class).hasMessageContaining("holds no objects");
    assertThatThrownBy(() -> startSource(store, "s3://Not_A_Bucket/x"))
        .isInstanceOf(InvalidImportSourceException.class).hasMessageContaining("bucket name");
    assertThatThrownBy(() -> startSource(store, "ftp://example.com/logs"))
        .isInstanceOf(InvalidImportSourceException.class);
    assertThatThrownBy(() -> startSource(UUID.randomUUID().toString(), "s3://" + BUCKET + "/org"))
        .isInstanceOf(EventDataStoreNotFoundException.class);
    assertThatThrownBy(() -> cloudTrail.startImport(request -> request.destinations(store, store)
        .importSource(source -> source.s3(s3Source -> s3Source.s3LocationUri("s3://" + BUCKET + "/org")))))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> startS3(store, "org", Instant.parse("2024-05-03T00:00:00Z"),
        Instant.parse("2024-05-01T00:00:00Z"))).isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> cloudTrail.listImports(request -> request.importStatus("DONE")))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> cloudTrail.listImports(request -> request.maxResults(0)))
        .isInstanceOf(InvalidMaxResultsException.class);
    assertThatThrownBy(() -> cloudTrail.listImportFailures(request -> request.importId(UUID.randomUUID()
        .toString()).nextToken("bogus-token"))).isInstanceOf(ImportNotFoundException.class);
  }

  @Test
  void storesThatCannotTakeCloudTrailLogsAreRefused() {
    String deleted = eventlake.createStore("s3-deleted");
    cloudTrail.deleteEventDataStore(request -> request.eventDataStore(deleted));
    assertThatThrownBy(() -> startS3(deleted, "org", null, null)).isInstanceOf(InactiveEventDataStoreException.class);
    String audit = cloudTrail.createEventDataStore(request -> request.name("s3-audit").advancedEventSelectors(
        selector -> selector.name("audit").fieldSelectors(field -> field.field("eventCategory")
            .equalsValue("ActivityAuditLog")))).eventDataStoreArn();
    assertThatThrownBy(() -> startS3(audit, "org", null, null))
        .isInstanceOf(InvalidEventDataStoreCategoryException.class);
  }

  @Test
  void writersMayRunAndWatchImportsReadersMayNot() throws Exception {
    var writerKey = eventlake.server().accessKeys().create(Role.WRITER);
    var readerKey = eventlake.server().accessKeys().create(Role.READER);
    String store = eventlake.createStore("s3-writer");
    try (CloudTrailClient writer = eventlake.client(writerKey.accessKeyId(), writerKey.secretAccessKey());
        CloudTrailClient reader = eventlake.client(readerKey.accessKeyId(), readerKey.secretAccessKey())) {
      String importId = writer.startImport(request -> request.destinations(store).importSource(source -> source.s3(
          s3Source -> s3Source.s3LocationUri("s3://" + BUCKET + "/org")))).importId();
      assertThat(eventlake.awaitImport(importId).importStatus()).isEqualTo(ImportStatus.COMPLETED);
      assertThat(writer.getImport(request -> request.importId(importId)).importStatus())
          .isEqualTo(ImportStatus.COMPLETED);
      assertThat(writer.listImports(request -> request.destination(store)).imports()).hasSize(1);
      assertThatThrownBy(() -> reader.startImport(request -> request.importId(importId)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> reader.getImport(request -> request.importId(importId)))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  private static StartImportResponse startSource(String store, String uri) {
    return cloudTrail.startImport(request -> request.destinations(store)
        .importSource(source -> source.s3(s3Source -> s3Source.s3LocationUri(uri))));
  }

  private static StartImportResponse startS3(String store, String prefix, Instant start, Instant end) {
    return cloudTrail.startImport(request -> request.destinations(store).startEventTime(start).endEventTime(end)
        .importSource(source -> source.s3(s3Source -> s3Source.s3LocationUri("s3://" + BUCKET + "/" + prefix))));
  }
}
