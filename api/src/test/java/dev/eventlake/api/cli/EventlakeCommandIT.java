package dev.eventlake.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.store.testing.SharedData;
import dev.eventlake.store.testing.TestLakes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Drives the real command line in-process, as a user would, against a real data folder; the lake runs on a clock
 * before the shared corpus, so that retention hides none of it.
 */
class EventlakeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dataDirectory;

  @Test
  void storeLifecycleThroughTheCommandLine() throws Exception {
    JsonNode created = json(0, "stores", "create", "--name", "audit", "--retention-days", "90");
    String id = created.get("EventDataStoreId").asText();
    assertThat(created.get("Status").asText()).isEqualTo("ENABLED");
    assertThat(created.get("TerminationProtectionEnabled").asBoolean()).isTrue();
    assertThat(created.get("AdvancedEventSelectors").get(0).get("Name").asText())
        .isEqualTo("Default management events");
    assertThat(json(0, "stores", "get", created.get("EventDataStoreArn").asText()).get("Name").asText())
        .isEqualTo("audit");

    Result refused = run("stores", "delete", "audit");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).startsWith("EventDataStoreTerminationProtectedException: ");

    json(0, "stores", "update", id, "--termination-protection", "false");
    assertThat(json(0, "stores", "stop-ingestion", "audit").get("Status").asText()).isEqualTo("STOPPED_INGESTION");
    assertThat(json(0, "stores", "delete", "audit").get("Status").asText()).isEqualTo("PENDING_DELETION");
    assertThat(json(0, "stores", "restore", id).get("Status").asText()).isEqualTo("STOPPED_INGESTION");
    assertThat(json(0, "stores", "list")).hasSize(1);
  }

  @Test
  void importOfTheSharedCorpusIsIdempotent() throws Exception {
    json(0, "stores", "create", "--name", "trail");
    String corpus = SharedData.cloudTrailRecords().toString();
    JsonNode first = json(0, "import", "--store", "trail", corpus).get("statistics");
    assertThat(first.get("eventsCompleted").asLong()).isEqualTo(3748);
    assertThat(first.get("eventsNotSelected").asLong()).isEqualTo(26);
    assertThat(first.get("filesCompleted").asLong()).isEqualTo(103);
    JsonNode again = json(0, "import", "--store", "trail", corpus).get("statistics");
    assertThat(again.get("eventsCompleted").asLong()).isZero();
    assertThat(again.get("filesAlreadyImported").asLong()).isEqualTo(103);
    assertThat(json(0, "stores", "get", "trail").get("EventCount").asLong()).isEqualTo(3748);
    assertThat(json(0, "verify").get("trail").get("problems")).isEmpty();
    long filesBefore = json(0, "verify").get("trail").get("files").asLong();
    JsonNode compacted = json(0, "stores", "compact", "trail");
    assertThat(json(0, "stores", "get", "trail").get("EventCount").asLong()).isEqualTo(3748);
    assertThat(json(0, "verify").get("trail").get("files").asLong())
        .isEqualTo(filesBefore - compacted.get("filesRemoved").asLong() + compacted.get("filesAdded").asLong());
  }

  @Test
  void badInputGetsCloudTrailErrorNames() throws Exception {
    assertThat(run("stores", "create", "--name", "x").err()).startsWith("InvalidParameterException: ");
    Result badSelectors = run("stores", "create", "--name", "data-store", "--selectors",
        "[{\"FieldSelectors\":[{\"Field\":\"eventCategory\",\"Equals\":[\"Data\"]}]}]");
    assertThat(badSelectors.exitCode()).isEqualTo(2);
    assertThat(badSelectors.err()).startsWith("InvalidEventSelectorsException: ").contains("resources.type");
    assertThat(run("stores", "create", "--name", "json", "--selectors", "not json").err())
        .startsWith("InvalidEventSelectorsException: ");
    assertThat(run("stores", "get", "missing-store").err()).startsWith("EventDataStoreNotFoundException: ");
    json(0, "stores", "create", "--name", "trail");
    assertThat(run("import", "--store", "trail", "--start", "soon", ".").err())
        .startsWith("InvalidParameterException: ");
  }

  @Test
  void queriesPrintRowsInEachFormat() throws Exception {
    json(0, "stores", "create", "--name", "audit-trail");
    json(0, "import", "--store", "audit-trail", SharedData.cloudTrailRecords().toString());
    assertThat(run("query", "--format=jsonl", "SELECT COUNT(*) FROM audit-trail").out()).isEqualTo("[\"3748\"]\n");
    Result csv = run("query", "--format=csv", "SELECT eventSource, COUNT(*) AS n FROM audit-trail "
        + "WHERE eventSource IN ('kms.amazonaws.com', 'sts.amazonaws.com') GROUP BY 1 ORDER BY 1");
    assertThat(csv.out().split("\r\n")).hasSize(3).startsWith("eventSource,n");
    JsonNode objects = JSON.readTree(run("query", "--format=json",
        "SELECT eventTime, userIdentity.arn FROM audit-trail WHERE eventID = '"
            + "ba4609ca-b420-4cb6-bdff-307729b3b7db' ORDER BY 1 LIMIT 1").out());
    assertThat(objects.get(0).get("eventTime").asText()).isEqualTo("2024-07-31 14:23:46.000");
    Result bad = run("query", "SELECT FROM WHERE");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("InvalidQueryStatementException: ");
  }

  private JsonNode json(int expectedExit, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--output=json");
    Result result = run(all.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isEqualTo(expectedExit);
    return JSON.readTree(result.out());
  }

  private Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (all.stream().noneMatch(arg -> arg.startsWith("--data-dir"))) {
      all.add("--data-dir=" + dataDirectory);
    }
    CommandLine commandLine = EventlakeCommand.commandLine(TestLakes.BEFORE_CORPUS);
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
