package dev.eventlake.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.api.delivery.DeliverySettings;
import dev.eventlake.api.delivery.ResultExporter;
import dev.eventlake.api.imports.S3ProxyServer;
import dev.eventlake.api.signing.SigningKeys;
import dev.eventlake.query.service.DeliveryJob;
import dev.eventlake.query.service.DeliveryStatus;
import dev.eventlake.store.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.core.sync.RequestBody;

/** {@code saved}, {@code samples}, {@code keys} and {@code verify-query-results} through the real command line. */
class SavedQueriesCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SQL = "SELECT eventName, COUNT(*) AS n FROM audit-trail WHERE errorCode = :code "
      + "GROUP BY 1 ORDER BY 2 DESC, 1";
  @TempDir static Path dataDirectory;

  @BeforeAll
  static void importCorpus() {
    run("stores", "create", "--name", "audit-trail", "--retention-days", "3653");
    run("import", "--store", "audit-trail", SharedData.cloudTrailRecords().toString());
  }

  @Test
  void savedQueriesAreCreatedRunVersionedRestoredAndDeleted() throws Exception {
    JsonNode created = json("saved", "create", "failures", "--sql", SQL, "--parameter", "code:VARCHAR=AccessDenied",
        "--parameter-description", "code=The error code", "--description", "Failures by event name", "--tag",
        "team=security");
    assertThat(created.get("version").asInt()).isEqualTo(1);
    assertThat(created.get("parameters").get(0).get("description").asText()).isEqualTo("The error code");

    String literal = run("query", "--format=jsonl", SQL.replace(":code", "'AccessDenied'")).out();
    assertThat(literal).isNotEmpty();
    assertThat(run("saved", "run", "failures", "--format=jsonl").out()).isEqualTo(literal);
    assertThat(run("saved", "run", "failures", "--format=jsonl", "--param", "code=x' OR '1'='1").out()).isEmpty();
    Result unknown = run("saved", "run", "failures", "--param", "user=alice");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("InvalidParameterException: ").contains("no parameter 'user'");

    assertThat(json("saved", "update", "failures", "--description", "v2", "--sql", "SELECT COUNT(*) AS n FROM "
        + "audit-trail WHERE errorCode = :code").get("version").asInt()).isEqualTo(2);
    assertThat(json("saved", "show", "failures", "--version", "1").get("description").asText())
        .isEqualTo("Failures by event name");
    assertThat(run("saved", "run", "failures", "--version", "1", "--format=jsonl").out()).isEqualTo(literal);
    JsonNode restored = json("saved", "restore", "failures", "--version", "1");
    assertThat(restored.get("version").asInt()).isEqualTo(3);
    assertThat(restored.get("versions").get(2).get("restoredFrom").asInt()).isEqualTo(1);
    assertThat(run("saved", "show", "failures").out()).contains("failures (version 3 of 3", "Tags: team=security",
        "Parameter :code VARCHAR default AccessDenied - The error code", "restored from 1");

    assertThat(json("saved", "list").findValuesAsText("name")).contains("failures");
    run("saved", "delete", "failures");
    Result missing = run("saved", "show", "failures");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("SavedQueryNotFoundException: ");
  }

  @Test
  void samplesAreSearchedAndCopiedIntoSavedQueries() throws Exception {
    assertThat(run("samples", "search", "console", "sign-ins", "without", "MFA").out().lines().findFirst()
        .orElseThrow()).contains("console-sign-ins-without-mfa").startsWith("1.000");
    assertThat(run("samples", "show", "root-user-activity").out()).contains("userIdentity.type = 'Root'");
    assertThat(json("saved", "copy-sample", "errors-by-service", "--store", "audit-trail", "--name",
        "my-errors").get("sql").asText()).doesNotContain("$EDS_ID");
    Result rows = run("saved", "run", "my-errors", "--format=csv");
    assertThat(rows.exitCode()).as(rows.err()).isZero();
    assertThat(rows.out()).startsWith("eventSource,errorCode,failures,principals\r\n");
  }

  @Test
  void verifyQueryResultsReadsABucketWithTheEnvironmentsCredentials() throws Exception {
    try (S3ProxyServer s3 = S3ProxyServer.start()) {
      s3.createBucket("exports");
      SigningKeys keys = SigningKeys.open(dataDirectory.resolve("keys"), Clock.systemUTC());
      Path staging = Files.createDirectories(dataDirectory.resolve("staging"));
      String queryId = "4c9d6a0e-1b2c-4d5e-8f90-a1b2c3d4e5f6";
      assertThat(new ResultExporter(DeliverySettings.defaults(dataDirectory), s3.settings(), keys, "123456789012",
          "us-east-1", Clock.systemUTC()).deliver(new DeliveryJob(queryId, "s3://exports/x",
          Instant.parse("2026-03-05T10:00:00Z"), List.of("a"), List.of(List.of("1")).iterator(), staging)).status())
          .isEqualTo(DeliveryStatus.SUCCESS);
      String uri = "s3://exports/x/AWSLogs/123456789012/CloudTrail-Lake/Query/2026/03/05/" + queryId + "/";
      Consumer<CommandLine> environment = commandLine -> ((VerifyQueryResultsCommand) commandLine.getSubcommands()
          .get("verify-query-results").getCommand()).environment = Map.of("EVENTLAKE_S3_ACCESS_KEY_ID",
          S3ProxyServer.ACCESS_KEY_ID, "EVENTLAKE_S3_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_ACCESS_KEY,
          "EVENTLAKE_S3_REGION", "us-east-1");
      String[] verify = {"verify-query-results", "--s3-uri", uri, "--s3-endpoint", s3.endpoint().toString()};
      Result intact = run(environment, verify);
      assertThat(intact.exitCode()).as(intact.err()).isZero();
      assertThat(intact.out()).contains("intact (1 result files");

      s3.client().deleteObject(request -> request.bucket("exports").key(uri.substring(13) + "result_1.csv.gz"));
      Result removed = run(environment, verify);
      assertThat(removed.exitCode()).isEqualTo(4);
      assertThat(removed.out()).contains("result_1.csv.gz is missing");
      s3.client().putObject(request -> request.bucket("exports").key(uri.substring(13) + "result_sign.json"),
          RequestBody.fromString("{not json"));
      assertThat(run(environment, verify).out()).contains("result_sign.json is not a valid sign file");
    }
  }

  @Test
  void signingKeysAreListedAndRotated() throws Exception {
    JsonNode first = json("keys", "list-signing");
    JsonNode rotated = json("keys", "rotate-signing");
    String previous = first.get(first.size() - 1).get("fingerprint").asText();
    assertThat(rotated.get("fingerprint").asText()).isNotEqualTo(previous);
    JsonNode after = json("keys", "list-signing");
    assertThat(after).hasSize(first.size() + 1);
    assertThat(after.get(after.size() - 2).get("fingerprint").asText()).isEqualTo(previous);
    assertThat(after.get(after.size() - 2).get("validityEndTime").isNull()).isFalse();
    assertThat(after.get(after.size() - 1).get("validityEndTime").isNull()).isTrue();
    assertThat(Files.getPosixFilePermissions(dataDirectory.resolve("keys/signing-keys.json")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(dataDirectory.resolve("keys/signing-keys.json")).split("\"privateKey\" : \"M"))
        .as("only the current key keeps its private half").hasSize(2);
  }

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--output=json");
    Result result = run(all.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  private static Result run(String... args) {
    return run(commandLine -> { }, args);
  }

  private static Result run(Consumer<CommandLine> prepare, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.get(0).equals("samples")) {
      all.add("--data-dir=" + dataDirectory);
    }
    CommandLine commandLine = EventlakeCommand.commandLine();
    prepare.accept(commandLine);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(all.toArray(String[]::new));
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** One command's exit code and output. */
  private record Result(int exitCode, String out, String err) {}
}
