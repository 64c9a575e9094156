package dev.eventlake.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.api.imports.LogSource.SourceFile;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.ingest.ImportFailure;
import dev.eventlake.store.ingest.ImportRange;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules that decide what an import reads: URIs, roots, the trail layout, staged names and failure locations. */
class ImportSourceRulesTest {
  @TempDir Path root;
  @TempDir Path elsewhere;

  @Test
  void s3UrisNameABucketAndAFolderPrefix() {
    assertThat(S3Location.parse("s3://logs-bucket")).isEqualTo(new S3Location("logs-bucket", ""));
    assertThat(S3Location.parse("s3://logs-bucket/trail")).isEqualTo(new S3Location("logs-bucket", "trail/"));
    assertThat(S3Location.parse("s3://logs-bucket//a/b/")).isEqualTo(new S3Location("logs-bucket", "a/b/"));
    assertThat(S3Location.parse("s3://logs-bucket/a").uriOf("a/x.json")).isEqualTo("s3://logs-bucket/a/x.json");
    for (String bad : List.of("s3:/x", "s3://", "s3://UPPER/x", "s3://a/x", "http://bucket/x")) {
      assertThatThrownBy(() -> S3Location.parse(bad)).as(bad).isInstanceOfSatisfying(LakeException.class,
          failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_IMPORT_SOURCE));
    }
  }

  @Test
  void rootsAreCheckedAfterNormalisingAndAfterResolvingLinks() throws Exception {
    ImportRoots roots = new ImportRoots(List.of(root));
    Files.createDirectories(root.resolve("logs"));
    Files.createSymbolicLink(root.resolve("away"), elsewhere);
    assertThat(roots.resolve(root.resolve("logs").toUri())).isEqualTo(root.resolve("logs").toRealPath());
    assertThat(roots.resolve(URI.create("file://" + root + "/logs/../logs"))).isEqualTo(root.resolve("logs")
        .toRealPath());
    for (URI refused : List.of(URI.create("file://" + root + "/../" + elsewhere.getFileName()),
        root.resolve("away").toUri(), URI.create("file:///etc"))) {
      assertThatThrownBy(() -> roots.resolve(refused)).as(refused.toString())
          .isInstanceOf(LakeException.class).hasMessageContaining("outside").hasMessageContaining(root.toString());
    }
  }

  @Test
  void onlyTrailTreesAndLogNamesInTheWindowAreSelected() {
    assertThat(CloudTrailLayout.inTrailTree("AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01/a.json.gz"))
        .isTrue();
    assertThat(CloudTrailLayout.inTrailTree("AWSLogs/o-abc123/111122223333/CloudTrail/eu-west-1/x.json")).isTrue();
    assertThat(CloudTrailLayout.inTrailTree("AWSLogs/111122223333/CloudTrail-Digest/us-east-1/x.json.gz")).isFalse();
    ImportRange may = new ImportRange(Instant.parse("2024-05-02T00:00:00Z"), Instant.parse("2024-05-02T23:00:00Z"));
    assertThat(CloudTrailLayout.selected("t/2024/05/01/a.json.gz", may)).isFalse();
    assertThat(CloudTrailLayout.selected("t/2024/05/02/a.json.gz", may)).isTrue();
    assertThat(CloudTrailLayout.selected("t/2024/05/03/a.json.gz", may)).as("late deliveries").isTrue();
    assertThat(CloudTrailLayout.selected("t/2024/05/02/a.txt", may)).isFalse();
    assertThat(CloudTrailLayout.selected("t/undated.ndjson", may)).isTrue();
  }

  @Test
  void stagedNamesAreFlatSafeAndKeepTheDeliveryDay() {
    SourceFile dated = new SourceFile("s3://b/AWSLogs/1/CloudTrail/r/2024/05/01/x y.json", "p",
        "AWSLogs/1/CloudTrail/r/2024/05/01/x y.json", 1);
    assertThat(ImportBatch.stagedName(7, dated)).isEqualTo("000007_20240501T0000Z_x_y.json");
    SourceFile stamped = new SourceFile("s3://b/k", "p", "2024/05/01/1_CloudTrail_r_20240501T0005Z_a.json.gz", 1);
    assertThat(ImportBatch.stagedName(1, stamped)).isEqualTo("000001_1_CloudTrail_r_20240501T0005Z_a.json.gz");
    SourceFile sneaky = new SourceFile("s3://b/../..", "p", "../../.hidden.json", 1);
    assertThat(ImportBatch.stagedName(2, sneaky)).isEqualTo("000002__.hidden.json");
  }

  @Test
  void failuresAreReportedUnderTheSourceLocation() {
    SourceFile file = new SourceFile("s3://b/logs/a.json", "logs", "logs/a.json", 1);
    Map<String, SourceFile> staged = Map.of("/stage/000001_a.json", file);
    Instant now = Instant.parse("2024-05-01T00:00:00Z");
    ImportFailure record = new ImportFailure("/stage/000001_a.json#record-3", "FAILED", "InvalidRecord",
        "record 3 of /stage/000001_a.json is broken", now);
    assertThat(ImportBatch.relocated(record, staged)).isEqualTo(new ImportFailure("s3://b/logs/a.json#record-3",
        "FAILED", "InvalidRecord", "record 3 of s3://b/logs/a.json is broken", now));
    ImportFailure unknown = new ImportFailure("/other", "FAILED", "X", "m", now);
    assertThat(ImportBatch.relocated(unknown, staged)).isSameAs(unknown);
  }

  @Test
  void prefixesCompleteWhenTheirFilesAreDoneAndTheListingMovedOn() {
    PrefixProgress prefixes = new PrefixProgress();
    prefixes.listed("day1");
    prefixes.listed("day1");
    prefixes.processed("day1");
    prefixes.processed("day1");
    assertThat(prefixes.completed()).as("the listing may still find files of day1").isZero();
    prefixes.listed("day2");
    assertThat(prefixes.completed()).isEqualTo(1);
    prefixes.processed("day2");
    prefixes.listingFinished();
    assertThat(prefixes.found()).isEqualTo(2);
    assertThat(prefixes.completed()).isEqualTo(2);
  }

  @Test
  void s3SettingsComeFromTheEnvironmentAndHideTheSecret() {
    S3Settings settings = S3Settings.awsDefaults().withEnvironment(Map.of(
        S3Settings.ENDPOINT_VARIABLE, "http://127.0.0.1:9000", S3Settings.ACCESS_KEY_VARIABLE, "minio",
        S3Settings.SECRET_KEY_VARIABLE, "minio-secret", S3Settings.REGION_VARIABLE, "eu-west-1"));
    assertThat(settings).isEqualTo(new S3Settings(URI.create("http://127.0.0.1:9000"), "eu-west-1", "minio",
        "minio-secret", true));
    assertThat(settings.toString()).doesNotContain("minio-secret");
    assertThat(S3Settings.awsDefaults().withEnvironment(Map.of()).hasStaticCredentials()).isFalse();
  }
}
