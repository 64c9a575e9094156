package dev.eventlake.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.api.imports.TrailLogs.LogObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetImportResponse;
import software.amazon.awssdk.services.cloudtrail.model.ImportFailureListItem;
import software.amazon.awssdk.services.cloudtrail.model.ImportStatus;
import software.amazon.awssdk.services.cloudtrail.model.ListImportFailuresResponse;
import software.amazon.awssdk.services.cloudtrail.model.StartImportResponse;

/**
 * S3 imports end to end: trail logs in a real S3-compatible server (s3proxy), a real Eventlake server, and the AWS
 * SDK's CloudTrail client starting, watching, stopping and retrying imports, then counting the events with a query.
 */
class ImportS3IT {
  private static final String BUCKET = "trail-bucket";
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 5, 1);
  @TempDir static Path dataDirectory;
  @TempDir static Path importRoot;
  private static S3ProxyServer s3;
  private static ImportTestServer eventlake;
  private static CloudTrailClient cloudTrail;
  private static List<LogObject> trail;
  private static List<LogObject> many;

  @BeforeAll
  static void startServers() throws Exception {
    s3 = S3ProxyServer.start();
    s3.createBucket(BUCKET);
    List<JsonNode> corpus = TrailLogs.corpus(Integer.MAX_VALUE);
    trail = TrailLogs.build(corpus, FIRST_DAY, 3, 4);
    trail.forEach(object -> s3.put(BUCKET, "org/" + object.key(), object.content()));
    s3.put(BUCKET, "org/AWSLogs/" + TrailLogs.ACCOUNT + "/CloudTrail-Digest/us-east-1/2024/05/01/"
        + TrailLogs.ACCOUNT + "_CloudTrail-Digest_us-east-1_trail_us-east-1_20240501T010000Z.json.gz",
        TrailLogs.gzip("{\"digestStartTime\":\"2024-05-01T00:00:00Z\"}"));
    s3.put(BUCKET, "org/notes/readme.json", "not a log".getBytes(StandardCharsets.UTF_8));
    many = TrailLogs.build(corpus.subList(0, 400), FIRST_DAY, 1, 50);
    many.forEach(object -> s3.put(BUCKET, "many/" + object.key(), object.content()));
    eventlake = ImportTestServer.start(dataDirectory, importRoot,
        ImportSettings.defaults().withS3(s3.settings()).withFilesPerBatch(1));
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
  void importsTheTrailTreeOfAPrefixAndItsEventsAreQueryable() throws Exception {
    String store = eventlake.createStore("s3-all");
    Instant before = Instant.now().minusSeconds(1);
    StartImportResponse started = cloudTrail.startImport(request -> request.destinations(store)
        .importSource(source -> source.s3(s3Source -> s3Source.s3LocationUri("s3://" + BUCKET + "/org")
            .s3BucketRegion("us-east-1").s3BucketAccessRoleArn("arn:aws:iam::111122223333:role/import"))));
    assertThat(started.importStatus()).isEqualTo(ImportStatus.INITIALIZING);
    assertThat(started.destinations()).containsExactly(store);
    assertThat(started.importSource().s3().s3LocationUri()).isEqualTo("s3://" + BUCKET + "/org");
    assertThat(started.createdTimestamp()).isAfter(before);

    GetImportResponse done = eventlake.awaitImport(started.importId());
    assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
    long expected = TrailLogs.managementEvents(trail);
    assertThat(done.importStatistics().prefixesFound()).isEqualTo(3);
    assertThat(done.importStatistics().prefixesCompleted()).isEqualTo(3);
    assertThat(done.importStatistics().filesCompleted()).isEqualTo(12);
    assertThat(done.importStatistics().eventsCompleted()).isEqualTo(expected);
    assertThat(done.importStatistics().failedEntries()).isZero();
    assertThat(cloudTrail.listImportFailures(request -> request.importId(started.importId())).failures()).isEmpty();
    assertThat(eventlake.countEvents(store)).isEqualTo(expected);
    assertThat(dataDirectory.resolve("imports").resolve("staging").resolve(started.importId())).doesNotExist();

    assertThat(cloudTrail.listImports(request -> request.destination(store)).imports())
        .singleElement().satisfies(item -> {
          assertThat(item.importId()).isEqualTo(started.importId());
          assertThat(item.importStatus()).isEqualTo(ImportStatus.COMPLETED);
        });
    assertThat(cloudTrail.listImports(request -> request.importStatus(ImportStatus.FAILED)).imports())
        .noneMatch(item -> item.importId().equals(started.importId()));
  }

  @Test
  void eventTimeWindowSelectsDeliveryDaysFromKeysAndEventsByTime() throws Exception {
    String store = eventlake.createStore("s3-window");
    Instant start = FIRST_DAY.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    String importId = startS3(store, "org/", start, start.plusSeconds(86_399)).importId();

    GetImportResponse done = eventlake.awaitImport(importId);
    long dayTwo = trail.stream().filter(object -> object.day().equals(FIRST_DAY.plusDays(1)))
        .mapToLong(LogObject::managementEvents).sum();
    assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(done.startEventTime()).isEqualTo(start);
    assertThat(done.importStatistics().filesCompleted()).as("day 2, and day 3 for late deliveries").isEqualTo(8);
    assertThat(done.importStatistics().prefixesFound()).isEqualTo(2);
    assertThat(done.importStatistics().eventsCompleted()).isEqualTo(dayTwo);
    assertThat(eventlake.countEvents(store)).isEqualTo(dayTwo);
  }

  @Test
  void corruptObjectsAreListedAsFailuresAndARetryByIdFinishesTheImport() throws Exception {
    List<LogObject> good = TrailLogs.build(TrailLogs.corpus(300), FIRST_DAY, 1, 3);
    String folder = "broken/AWSLogs/" + TrailLogs.ACCOUNT + "/CloudTrail/us-east-1/2024/05/01/";
    s3.put(BUCKET, "broken/" + good.get(0).key(), good.get(0).content());
    s3.put(BUCKET, "broken/" + good.get(1).key(), good.get(1).content());
    s3.put(BUCKET, folder + "bad.json.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    s3.put(BUCKET, folder + "partial.json", ("{\"Records\":[{\"eventVersion\":\"1.08\",\"eventTime\":"
        + "\"2024-05-01T10:00:00Z\",\"eventName\":\"A\",\"eventSource\":\"iam.amazonaws.com\",\"eventID\":"
        + "\"00000000-0000-0000-0000-000000000001\",\"managementEvent\":true,\"eventCategory\":\"Management\"},"
        + "{\"eventTime\": oops}]}").getBytes(StandardCharsets.UTF_8));
    String store = eventlake.createStore("s3-broken");
    String importId = startS3(store, "broken", null, null).importId();

    GetImportResponse failed = eventlake.awaitImport(importId);
    long goodEvents = good.get(0).managementEvents() + good.get(1).managementEvents() + 1;
    assertThat(failed.importStatus()).isEqualTo(ImportStatus.FAILED);
    assertThat(failed.importStatistics().failedEntries()).isEqualTo(2);
    assertThat(failed.importStatistics().eventsCompleted()).isEqualTo(goodEvents);
    assertThat(eventlake.countEvents(store)).isEqualTo(goodEvents);
    ListImportFailuresResponse first = cloudTrail.listImportFailures(request -> request.importId(importId)
        .maxResults(1));
    ListImportFailuresResponse second = cloudTrail.listImportFailures(request -> request.importId(importId)
        .maxResults(1).nextToken(first.nextToken()));
    assertThat(second.nextToken()).isNull();
    List<ImportFailureListItem> failures = List.of(first.failures().get(0), second.failures().get(0));
    assertThat(failures).extracting(ImportFailureListItem::location).containsExactlyInAnyOrder(
        "s3://" + BUCKET + "/" + folder + "bad.json.gz", "s3://" + BUCKET + "/" + folder + "partial.json#record-2");
    assertThat(failures).allSatisfy(failure -> {
      assertThat(failure.statusAsString()).isEqualTo("FAILED");
      assertThat(failure.errorMessage()).isNotBlank().doesNotContain(dataDirectory.toString());
      assertThat(failure.lastUpdatedTime()).isNotNull();
    });

    s3.put(BUCKET, folder + "bad.json.gz", good.get(2).content());
    StartImportResponse retried = cloudTrail.startImport(request -> request.importId(importId));
    assertThat(retried.importStatus()).isEqualTo(ImportStatus.INITIALIZING);
    GetImportResponse done = eventlake.awaitImport(importId);
    assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(done.importStatistics().failedEntries()).isZero();
    assertThat(done.importStatistics().eventsCompleted()).isEqualTo(goodEvents + good.get(2).managementEvents());
    assertThat(eventlake.countEvents(store)).isEqualTo(goodEvents + good.get(2).managementEvents());
    assertThat(cloudTrail.listImportFailures(request -> request.importId(importId)).failures()).isEmpty();
  }

  @Test
  void stopImportStopsBetweenBatchesKeepsWhatWasCommittedAndARetryCompletes() throws Exception {
    String store = eventlake.createStore("s3-many");
    String importId = startS3(store, "many", null, null).importId();
    assertThatThrownBy(() -> startS3(eventlake.createStore("s3-second"), "many", null, null))
        .isInstanceOf(software.amazon.awssdk.services.cloudtrail.model.AccountHasOngoingImportException.class);

    var stopped = cloudTrail.stopImport(request -> request.importId(importId));
    assertThat(stopped.importStatus()).isEqualTo(ImportStatus.STOPPED);
    assertThat(stopped.importStatistics().filesCompleted()).isLessThan(many.size());
    assertThat(eventlake.countEvents(store)).isEqualTo(stopped.importStatistics().eventsCompleted());
    assertThat(cloudTrail.listImports(request -> request.importStatus(ImportStatus.STOPPED)).imports())
        .anyMatch(item -> item.importId().equals(importId));

    cloudTrail.startImport(request -> request.importId(importId));
    GetImportResponse done = eventlake.awaitImport(importId);
    assertThat(done.importStatus()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(done.importStatistics().filesCompleted()).isEqualTo(many.size());
    assertThat(done.importStatistics().eventsCompleted()).isEqualTo(TrailLogs.managementEvents(many));
    assertThat(eventlake.countEvents(store)).isEqualTo(TrailLogs.managementEvents(many));
  }

  private static StartImportResponse startS3(String store, String prefix, Instant start, Instant end) {
    return cloudTrail.startImport(request -> request.destinations(store).startEventTime(start).endEventTime(end)
        .importSource(source -> source.s3(s3Source -> s3Source.s3LocationUri("s3://" + BUCKET + "/" + prefix)
            .s3BucketRegion("us-east-1").s3BucketAccessRoleArn("arn:aws:iam::111122223333:role/import"))));
  }
}
