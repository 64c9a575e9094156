package dev.eventlake.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.store.testing.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eventlake retention sweep} in-process, on a test clock: dry run, the real sweep, --as-of, and a purge. */
class RetentionCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir Path dataDirectory;
  @TempDir Path logs;
  private final MutableClock clock = new MutableClock(NOW);

  @BeforeEach
  void importEvents() throws Exception {
    json(0, "stores", "create", "--name", "audit", "--retention-days", "30", "--no-termination-protection");
    Files.writeString(logs.resolve("trail.json"), trail(daysAgo(40), daysAgo(40), daysAgo(35), daysAgo(10),
        daysAgo(1)));
    json(0, "import", "--store", "audit", logs.toString());
  }

  @Test
  void aDryRunReportsWhatWouldGoAndChangesNothing() throws Exception {
    JsonNode sweep = json(0, "retention", "sweep", "--dry-run");

    assertThat(sweep.get("dryRun").asBoolean()).isTrue();
    assertThat(sweep.get("evaluatedAt").asText()).isEqualTo(NOW.toString());
    assertThat(sweep.get("events").asLong()).isEqualTo(3);
    JsonNode store = sweep.get("stores").get(0);
    assertThat(store.get("name").asText()).isEqualTo("audit");
    assertThat(store.get("outcome").asText()).isEqualTo("FILES_EXPIRED");
    assertThat(store.get("retentionPeriod").asInt()).isEqualTo(30);
    assertThat(store.get("oldestRetainedEventTime").asText()).isEqualTo(daysAgo(30).toString());
    assertThat(store.get("firstEventTime").asText()).isEqualTo(daysAgo(40).toString());
    assertThat(store.get("lastEventTime").asText()).isEqualTo(daysAgo(35).toString());
    assertThat(store.get("files")).hasSize(2);
    assertThat(json(0, "verify").get("audit").get("files").asLong()).isEqualTo(4);
    assertThat(run("query", "--format=jsonl", "SELECT COUNT(*) FROM audit").out())
        .as("queries already stop at the boundary").isEqualTo("[\"2\"]\n");
  }

  @Test
  void aSweepRemovesExpiredFilesAndRecordsThemInTheManifest() throws Exception {
    JsonNode sweep = json(0, "retention", "sweep");

    assertThat(sweep.get("dryRun").asBoolean()).isFalse();
    assertThat(sweep.get("files").asLong()).isEqualTo(2);
    JsonNode verified = json(0, "verify").get("audit");
    assertThat(verified.get("problems")).isEmpty();
    assertThat(verified.get("files").asLong()).isEqualTo(2);
    assertThat(verified.get("filesRemovedByRetention").asLong()).isEqualTo(2);
    assertThat(verified.get("eventsRemovedByRetention").asLong()).isEqualTo(3);
    assertThat(run("retention", "sweep").out()).startsWith("Retention sweep as of " + NOW)
        .contains("audit: nothing past retention; RetentionPeriod 30 days keeps events from " + daysAgo(30));
  }

  @Test
  void asOfLooksAheadOnlyInADryRun() throws Exception {
    String later = NOW.plus(Duration.ofDays(25)).toString();

    Result refused = run("retention", "sweep", "--as-of", later);
    JsonNode preview = json(0, "retention", "sweep", "--as-of", later, "--dry-run");
    JsonNode past = json(0, "retention", "sweep", "--as-of", "2026-02-01");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).startsWith("InvalidParameterException: ").contains("--dry-run");
    assertThat(preview.get("events").asLong()).isEqualTo(4);
    assertThat(past.get("evaluatedAt").asText()).isEqualTo("2026-02-01T00:00:00Z");
    assertThat(past.get("events").asLong()).as("40 days ago was inside retention on Feb 1st").isZero();
  }

  @Test
  void aStorePendingDeletionForSevenDaysIsPurgedAndThenUnknown() throws Exception {
    json(0, "stores", "delete", "audit");
    assertThat(json(0, "retention", "sweep").get("stores").get(0).get("outcome").asText()).isEqualTo("RESTORABLE");
    clock.advance(Duration.ofDays(7));

    JsonNode store = json(0, "retention", "sweep").get("stores").get(0);

    assertThat(store.get("outcome").asText()).isEqualTo("PURGED");
    assertThat(store.get("events").asLong()).isEqualTo(5);
    Result gone = run("stores", "get", "audit");
    assertThat(gone.exitCode()).isEqualTo(2);
    assertThat(gone.err()).startsWith("EventDataStoreNotFoundException: ");
  }

  private static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  /** A CloudTrail log file with one management event at each time. */
  private static String trail(Instant... times) {
    List<String> records = new ArrayList<>();
    for (int index = 0; index < times.length; index++) {
      records.add(String.format("{\"eventVersion\":\"1.08\",\"eventTime\":\"%s\",\"eventID\":\"event-%d\","
          + "\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"GetUser\",\"awsRegion\":\"us-east-1\","
          + "\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"eventCategory\":\"Management\","
          + "\"userIdentity\":{\"type\":\"Root\"}}", times[index], index));
    }
    return "{\"Records\":[" + String.join(",", records) + "]}";
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
    all.add("--data-dir=" + dataDirectory);
    CommandLine commandLine = EventlakeCommand.commandLine(clock);
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
