package dev.eventlake.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.api.imports.S3Settings;
import dev.eventlake.api.signing.SigningKeys;
import dev.eventlake.query.service.DeliveryJob;
import dev.eventlake.query.service.DeliveryOutcome;
import dev.eventlake.query.service.DeliveryStatus;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery to a folder: layout, CSV, sign file, and verification of intact, tampered and older-key exports. */
class ExportVerificationTest {
  private static final Instant END = Instant.parse("2026-03-05T23:59:58Z");
  private static final String QUERY = "4c9d6a0e-1b2c-4d5e-8f90-a1b2c3d4e5f6";
  private static final String FOLDER = "AWSLogs/123456789012/CloudTrail-Lake/Query/2026/03/05/" + QUERY;

  @TempDir Path directory;
  private final MutableClock clock = new MutableClock(END.plusSeconds(5));
  private SigningKeys keys;
  private Path exports;
  private Path staging;

  @BeforeEach
  void setUp() throws IOException {
    keys = SigningKeys.open(directory.resolve("keys"), clock);
    exports = Files.createDirectories(directory.resolve("exports/team"));
    staging = Files.createDirectories(directory.resolve("staging"));
  }

  @Test
  void writesSplitGzipCsvFilesAndASignFileThatVerifies() throws Exception {
    DeliveryOutcome outcome = exporter(200).deliver(job("file://" + exports, rows(30)));

    Path folder = exports.resolve(FOLDER);
    assertThat(outcome).isEqualTo(DeliveryOutcome.success("file://" + exports + "/" + FOLDER + "/"));
    List<String> names = new FolderExportFiles(folder).names();
    assertThat(names).contains("result_1.csv.gz", "result_2.csv.gz", "result_sign.json").hasSizeGreaterThan(3);
    assertThat(gunzip(folder.resolve("result_1.csv.gz"))).startsWith("eventID,note\r\nid-0,\"plain, with comma\"\r\n"
        + "id-1,\"say \"\"hi\"\"\"\r\nid-2,\r\n");
    assertThat(gunzip(folder.resolve("result_2.csv.gz"))).startsWith("eventID,note\r\n");
    JsonNode sign = new ObjectMapper().readTree(folder.resolve("result_sign.json").toFile());
    assertThat(sign.fieldNames()).toIterable().containsExactly("version", "region", "files", "hashAlgorithm",
        "signatureAlgorithm", "queryCompleteTime", "hashSignature", "publicKeyFingerprint");
    assertThat(sign.get("queryCompleteTime").asText()).isEqualTo("2026-03-06T00:00:03Z");
    assertThat(sign.get("files").get(0).get("fileName").asText()).isEqualTo("result_1.csv.gz");
    assertThat(sign.get("hashSignature").asText()).hasSize(512);
    assertThat(sign.get("publicKeyFingerprint").asText()).isEqualTo(keys.current().fingerprint()).hasSize(32);
    assertThat(verify(folder).problems()).isEmpty();
    assertThat(verify(folder).resultFiles()).isEqualTo(names.size() - 1);
  }

  @Test
  void anEmptyResultIsOneFileWithTheHeader() throws Exception {
    exporter(1 << 20).deliver(job("file://" + exports, List.of()));
    Path folder = exports.resolve(FOLDER);
    assertThat(gunzip(folder.resolve("result_1.csv.gz"))).isEqualTo("eventID,note\r\n");
    assertThat(verify(folder).intact()).isTrue();
  }

  @Test
  void verificationNamesTheChangedOrMissingFile() throws Exception {
    exporter(200).deliver(job("file://" + exports, rows(30)));
    Path folder = exports.resolve(FOLDER);
    flipLastByte(folder.resolve("result_2.csv.gz"));
    assertThat(verify(folder).problems()).singleElement().asString().startsWith("result_2.csv.gz has been changed");

    exporter(200).deliver(job("file://" + exports, rows(30)));
    Files.delete(folder.resolve("result_3.csv.gz"));
    assertThat(verify(folder).problems()).containsExactly("result_3.csv.gz is missing");

    exporter(200).deliver(job("file://" + exports, rows(30)));
    String text = Files.readString(folder.resolve("result_sign.json"));
    int signature = text.indexOf("\"hashSignature\" : \"") + 20;
    Files.writeString(folder.resolve("result_sign.json"), text.substring(0, signature)
        + (text.charAt(signature) == 'a' ? 'b' : 'a') + text.substring(signature + 1));
    assertThat(verify(folder).problems()).singleElement().asString()
        .startsWith("result_sign.json has been changed: its hashSignature does not match");

    exporter(200).deliver(job("file://" + exports, rows(30)));
    Files.writeString(folder.resolve("result_sign.json"),
        Files.readString(folder.resolve("result_sign.json")).replace("us-east-1", "us-east-2"));
    assertThat(verify(folder).problems()).containsExactly("result_sign.json has been changed: unexpected region "
        + "us-east-2");

    Files.delete(folder.resolve("result_sign.json"));
    assertThat(verify(folder).problems()).singleElement().asString().startsWith("result_sign.json is missing");
  }

  @Test
  void exportsSignedByARotatedOutKeyStillVerify() throws Exception {
    exporter(1 << 20).deliver(job("file://" + exports, rows(5)));
    String first = keys.current().fingerprint();
    clock.advance(Duration.ofHours(1));
    keys.rotate();
    assertThat(keys.current().fingerprint()).isNotEqualTo(first);
    assertThat(keys.find(first).orElseThrow().privateKey()).isNull();

    VerificationReport report = new ResultVerifier(SigningKeys.open(directory.resolve("keys"), clock), "us-east-1")
        .verify(new FolderExportFiles(exports.resolve(FOLDER)));
    assertThat(report.problems()).isEmpty();
    assertThat(report.publicKeyFingerprint()).isEqualTo(first);
    assertThat(new ResultVerifier(SigningKeys.open(directory.resolve("other-keys"), clock), "us-east-1")
        .verify(new FolderExportFiles(exports.resolve(FOLDER))).problems()).singleElement().asString()
        .contains("names public key " + first + ", which is not a key of this installation");
  }

  @Test
  void destinationsAreCheckedAndFailuresReported() throws IOException {
    ResultExporter exporter = exporter(1 << 20);
    assertCode(() -> exporter.check("s3://Bad_Bucket/x"), ErrorCode.INVALID_S3_BUCKET_NAME);
    assertCode(() -> exporter.check("file://" + directory.resolve("elsewhere")), ErrorCode.INVALID_S3_PREFIX);
    assertCode(() -> exporter.check("file://" + exports + "/../../escape"), ErrorCode.INVALID_S3_PREFIX);
    assertCode(() -> exporter.check("ftp://host/x"), ErrorCode.INVALID_PARAMETER);
    exporter.check("s3://my-bucket/some/prefix");
    exporter.check("file://" + exports + "/not-yet");

    DeliveryOutcome missing = exporter.deliver(job("file://" + exports + "/not-yet", rows(2)));
    assertThat(missing.status()).isEqualTo(DeliveryStatus.RESOURCE_NOT_FOUND);
    assertThat(missing.message()).contains("the destination folder does not exist");
  }

  private ResultExporter exporter(long maxFileBytes) {
    return new ResultExporter(new DeliverySettings(List.of(directory.resolve("exports")), maxFileBytes),
        S3Settings.awsDefaults(), keys, "123456789012", "us-east-1", clock);
  }

  private VerificationReport verify(Path folder) throws IOException {
    return new ResultVerifier(keys, "us-east-1").verify(new FolderExportFiles(folder));
  }

  private DeliveryJob job(String destination, List<List<String>> rows) throws IOException {
    try (var old = Files.list(staging)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    return new DeliveryJob(QUERY, destination, END, List.of("eventID", "note"), rows.iterator(), staging);
  }

  private static List<List<String>> rows(int count) {
    List<List<String>> rows = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      String note = switch (index % 3) {
        case 0 -> "plain, with comma";
        case 1 -> "say \"hi\"";
        default -> null;
      };
      rows.add(java.util.Arrays.asList("id-" + index, note));
    }
    return rows;
  }

  private static String gunzip(Path file) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void flipLastByte(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 1] ^= 1;
    Files.write(file, bytes);
  }

  private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(LakeException.class,
        failure -> assertThat(failure.code()).as(failure.getMessage()).isEqualTo(code));
  }
}
