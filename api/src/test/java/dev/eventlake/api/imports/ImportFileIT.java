package dev.eventlake.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.api.imports.TrailLogs.LogObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetImportResponse;
import software.amazon.awssdk.services.cloudtrail.model.ImportFailureListItem;
import software.amazon.awssdk.services.cloudtrail.model.ImportStatus;
import software.amazon.awssdk.services.cloudtrail.model.InvalidImportSourceException;
import software.amazon.awssdk.services.cloudtrail.model.StartImportResponse;

/**
 * {@code file:///} imports through the AWS SDK: a local trail tree inside the import roots, paths and links that lead
 * outside them, and imports that outlive a restart of the server (finished, stopped by it, or cut off by a crash).
 */
class ImportFileIT {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  @TempDir Path dataDirectory;
  @TempDir Path importRoot;
  @TempDir Path outside;

  @Test
  void importsALocalTrailTreeWithinTheImportRoots() throws Exception {
    List<LogObject> logs = TrailLogs.build(TrailLogs.corpus(600), DAY, 2, 3);
    TrailLogs.write(importRoot.resolve("trail"), logs);
    Files.writeString(importRoot.resolve("trail").resolve("AWSLogs").resolve("stray.json"), "{\"not\":\"a log\"}");
    try (ImportTestServer server = start(ImportSettings.defaults())) {
      String store = server.createStore("local");
      StartImportResponse started = startFile(server.cloudTrail(), store, importRoot.resolve("trail").toUri()
          .toString());
      GetImportResponse done = server.awaitImport(started.importId());
      assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
      assertThat(done.importStatistics().filesCompleted()).isEqualTo(6);
      assertThat(done.importStatistics().prefixesCompleted()).isEqualTo(2);
      assertThat(done.importStatistics().eventsCompleted()).isEqualTo(TrailLogs.managementEvents(logs));
      assertThat(server.countEvents(store)).isEqualTo(TrailLogs.managementEvents(logs));
    }
  }

  @Test
  void pathsAndLinksLeadingOutsideTheRootsAreRefused() throws Exception {
    Files.createDirectories(importRoot.resolve("inside"));
    Files.createSymbolicLink(importRoot.resolve("escape"), outside);
    try (ImportTestServer server = start(ImportSettings.defaults())) {
      String store = server.createStore("guarded");
      String traversal = "file://" + importRoot + "/inside/../../" + outside.getFileName();
      assertThatThrownBy(() -> startFile(server.cloudTrail(), store, traversal))
          .isInstanceOf(InvalidImportSourceException.class)
          .hasMessageContaining("outside the folders this server imports from")
          .hasMessageContaining(importRoot.toString());
      assertThatThrownBy(() -> startFile(server.cloudTrail(), store, importRoot.resolve("escape").toUri().toString()))
          .isInstanceOf(InvalidImportSourceException.class).hasMessageContaining("outside");
      assertThatThrownBy(() -> startFile(server.cloudTrail(), store, importRoot.resolve("missing").toUri().toString()))
          .isInstanceOf(InvalidImportSourceException.class).hasMessageContaining("does not exist");
      assertThatThrownBy(() -> startFile(server.cloudTrail(), store, "file://some-host/logs"))
          .isInstanceOf(InvalidImportSourceException.class);
      assertThatThrownBy(() -> startFile(server.cloudTrail(), store, "file:relative/logs"))
          .isInstanceOf(InvalidImportSourceException.class);
    }
  }

  @Test
  void filesLinkedFromOutsideTheRootsAreReportedAndTheRestImports() throws Exception {
    List<LogObject> logs = TrailLogs.build(TrailLogs.corpus(200), DAY, 1, 2);
    TrailLogs.write(importRoot.resolve("linked"), logs);
    TrailLogs.write(outside, logs.subList(0, 1));
    Path link = importRoot.resolve("linked").resolve(logs.get(0).key()).resolveSibling("secret.json.gz");
    Files.createSymbolicLink(link, outside.resolve(logs.get(0).key()));
    try (ImportTestServer server = start(ImportSettings.defaults())) {
      String store = server.createStore("linked");
      String importId = startFile(server.cloudTrail(), store, importRoot.resolve("linked").toUri().toString())
          .importId();
      GetImportResponse done = server.awaitImport(importId);
      assertThat(done.importStatus()).isEqualTo(ImportStatus.FAILED);
      assertThat(done.importStatistics().failedEntries()).isEqualTo(1);
      assertThat(done.importStatistics().eventsCompleted()).isEqualTo(TrailLogs.managementEvents(logs));
      ImportFailureListItem failure = server.cloudTrail().listImportFailures(request -> request.importId(importId))
          .failures().get(0);
      assertThat(failure.location()).isEqualTo(link.toUri().toString());
      assertThat(failure.errorType()).isEqualTo("InvalidImportSourceException");
    }
  }

  @Test
  void importsOutliveRestartsAndACutOffImportIsStoppedAndRetryable() throws Exception {
    List<LogObject> logs = TrailLogs.build(TrailLogs.corpus(300), DAY, 1, 20);
    TrailLogs.write(importRoot.resolve("restart"), logs);
    // enough one-file batches that the import is still running when the server closes, even in a warm JVM
    TrailLogs.write(importRoot.resolve("restart-many"), TrailLogs.build(TrailLogs.corpus(1200), DAY, 1, 120));
    String store;
    String finished;
    String cutOff;
    ImportSettings oneFileBatches = ImportSettings.defaults().withFilesPerBatch(1);
    try (ImportTestServer first = start(oneFileBatches)) {
      store = first.createStore("restart");
      finished = startFile(first.cloudTrail(), store, importRoot.resolve("restart").toUri().toString()).importId();
      first.awaitImport(finished);
      String other = first.createStore("restart-other");
      cutOff = startFile(first.cloudTrail(), other, importRoot.resolve("restart-many").toUri().toString())
          .importId();
    }
    try (ImportTestServer second = start(oneFileBatches)) {
      CloudTrailClient cloudTrail = second.cloudTrail();
      GetImportResponse kept = cloudTrail.getImport(request -> request.importId(finished));
      assertThat(kept.importStatus()).isEqualTo(ImportStatus.COMPLETED);
      assertThat(kept.importStatistics().eventsCompleted()).isEqualTo(TrailLogs.managementEvents(logs));
      assertThat(kept.destinations()).containsExactly(store);
      assertThat(cloudTrail.getImport(request -> request.importId(cutOff)).importStatus())
          .isEqualTo(ImportStatus.STOPPED);
      assertThat(cloudTrail.listImportFailures(request -> request.importId(cutOff)).failures())
          .anySatisfy(note -> assertThat(note.statusAsString()).isEqualTo("RETRY"));
      cloudTrail.startImport(request -> request.importId(cutOff));
      assertThat(second.awaitImport(cutOff).importStatus()).isEqualTo(ImportStatus.COMPLETED);
      assertThat(cloudTrail.listImports(request -> request.importStatus(ImportStatus.COMPLETED)).imports())
          .hasSize(2);
    }
    Path record = dataDirectory.resolve("imports").resolve(finished + ".json");
    Files.writeString(record, Files.readString(record).replace("\"COMPLETED\"", "\"IN_PROGRESS\""));
    try (ImportTestServer third = start(oneFileBatches)) {
      assertThat(third.cloudTrail().getImport(request -> request.importId(finished)).importStatus())
          .as("an import a crash cut off").isEqualTo(ImportStatus.STOPPED);
    }
  }

  private ImportTestServer start(ImportSettings settings) {
    return ImportTestServer.start(dataDirectory, importRoot, settings);
  }

  private static StartImportResponse startFile(CloudTrailClient cloudTrail, String store, String uri) {
    return cloudTrail.startImport(request -> request.destinations(store)
        .importSource(source -> source.s3(s3Source -> s3Source.s3LocationUri(uri))));
  }
}
