package dev.eventlake.query.samples;

import static java.util.Map.entry;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventlake.query.engine.LakeEngine;
import dev.eventlake.query.engine.QueryEngineConfig;
import dev.eventlake.query.engine.ResultColumn;
import dev.eventlake.query.engine.StatementExecution;
import dev.eventlake.query.saved.ParameterValues;
import dev.eventlake.query.saved.SavedQueries;
import dev.eventlake.query.scan.ScanStatistics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in sample, copied into a saved query over a store of generated events, runs without error; listing
 * samples return exactly the events the generator planted (read straight from the log files), and aggregating
 * samples count them exactly.
 */
class SampleQueriesIT {
  @TempDir
  static Path directory;
  private static GeneratedLake generated;
  private static LakeEngine engine;
  private static SavedQueries saved;
  private static Map<String, String> values;
  private static final SampleLibrary LIBRARY = SampleLibrary.builtIn();

  @BeforeAll
  static void generateAndImport() throws Exception {
    generated = GeneratedLake.create(directory, 20_000, 2, 11);
    engine = new LakeEngine(generated.lake(), QueryEngineConfig.defaults());
    saved = new SavedQueries(directory.resolve("data"), Clock.systemUTC());
    for (SampleQuery sample : LIBRARY.all()) {
      saved.create(sample.name(), sample.definitionFor(generated.storeId()));
    }
    values = Map.of("principal", mostCommon(SampleQueriesIT::denied, record -> text(record, "userIdentity", "arn")),
        "bucket", mostCommon(named("GetObject"), record -> text(record, "requestParameters", "bucketName")),
        "ip", mostCommon(record -> true, record -> text(record, "sourceIPAddress")),
        "access_key_id", mostCommon(record -> true, record -> text(record, "userIdentity", "accessKeyId")),
        "since", "2026-03-31 00:00:00", "until", "2026-03-31 12:00:00", "top", "5");
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void listingSamplesReturnExactlyThePlantedEvents() {
    Map<String, Predicate<JsonNode>> listings = listings();
    int nonEmpty = 0;
    for (Map.Entry<String, Predicate<JsonNode>> listing : listings.entrySet()) {
      Set<String> expected = generated.records().stream().filter(listing.getValue())
          .map(record -> record.path("eventID").asText()).collect(Collectors.toSet());
      Result result = run(listing.getKey());
      assertThat(result.column("eventID")).as(listing.getKey()).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(expected);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertThat(listings).hasSizeGreaterThanOrEqualTo(20);
    assertThat(nonEmpty).as("listing samples with planted events").isGreaterThanOrEqualTo(16);
  }

  @Test
  void aggregatingSamplesCountThePlantedEvents() {
    assertThat(run("access-denied-by-principal").counts("principal", "deniedCalls"))
        .isEqualTo(count(SampleQueriesIT::denied, record -> text(record, "userIdentity", "arn")));
    assertThat(run("errors-by-service").counts(row -> row.get("eventSource") + " " + row.get("errorCode"),
        "failures")).isEqualTo(count(record -> text(record, "errorCode") != null,
        record -> text(record, "eventSource") + " " + text(record, "errorCode")));
    assertThat(run("activity-by-region").counts("awsRegion", "calls"))
        .isEqualTo(count(record -> true, record -> text(record, "awsRegion")));
    Map<String, Long> perPrincipal = count(record -> true, record -> text(record, "userIdentity", "arn"));
    Result top = run("most-active-principals");
    assertThat(top.rows()).hasSize(5);
    top.counts("principal", "calls").forEach((principal, calls) ->
        assertThat(calls).as(principal).isEqualTo(perPrincipal.get(principal)));
    assertThat(run("events-per-hour").rows().stream().mapToLong(row -> (Long) row.get("events")).sum())
        .isEqualTo(generated.records().size());
  }

  @Test
  void everySampleRunsWithoutError() {
    assertThat(LIBRARY.all()).hasSizeGreaterThanOrEqualTo(25);
    for (SampleQuery sample : LIBRARY.all()) {
      assertThat(run(sample.name()).rows()).as(sample.name()).isNotNull();
    }
  }

  private static Map<String, Predicate<JsonNode>> listings() {
    Set<String> securityGroups = Set.of("AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress",
        "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup");
    return Map.ofEntries(
        entry("security-group-changes", record -> securityGroups.contains(text(record, "eventName"))),
        entry("security-groups-opened-to-the-internet", named("AuthorizeSecurityGroupIngress").and(succeeded())
            .and(record -> record.path("requestParameters").path("ipPermissions").toString().contains("0.0.0.0/0"))),
        entry("console-sign-ins-without-mfa", named("ConsoleLogin")
            .and(record -> "Success".equals(text(record, "responseElements", "ConsoleLogin")))
            .and(record -> "No".equals(text(record, "additionalEventData", "MFAUsed")))
            .and(record -> Set.of("IAMUser", "Root").contains(text(record, "userIdentity", "type")))),
        entry("failed-console-sign-ins", named("ConsoleLogin")
            .and(record -> "Failure".equals(text(record, "responseElements", "ConsoleLogin")))),
        entry("access-denied-for-principal", ((Predicate<JsonNode>) SampleQueriesIT::denied)
            .and(record -> values.get("principal").equals(text(record, "userIdentity", "arn")))),
        entry("root-user-activity", record -> "Root".equals(text(record, "userIdentity", "type"))),
        entry("trail-logging-changes", named("StopLogging", "DeleteTrail", "UpdateTrail", "PutEventSelectors")),
        entry("deleted-log-groups", named("DeleteLogGroup", "DeleteLogStream", "PutRetentionPolicy")),
        entry("new-access-keys", named("CreateAccessKey")),
        entry("new-iam-users", named("CreateUser", "CreateLoginProfile")),
        entry("iam-policy-changes", named("AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "PutRolePolicy",
            "CreatePolicy", "DeletePolicy")),
        entry("powerful-policies-attached", named("AttachRolePolicy", "AttachUserPolicy", "AttachGroupPolicy")
            .and(succeeded()).and(record -> text(record, "requestParameters", "policyArn")
                .matches(".*(AdministratorAccess|PowerUserAccess|FullAccess).*"))),
        entry("kms-key-deletion", named("ScheduleKeyDeletion", "DisableKey", "CancelKeyDeletion")),
        entry("kms-key-rotations", named("RotateKey")),
        entry("s3-objects-read-from-bucket", named("GetObject")
            .and(record -> values.get("bucket").equals(text(record, "requestParameters", "bucketName")))),
        entry("s3-objects-deleted", named("DeleteObject", "DeleteObjects")),
        entry("s3-bucket-policy-changes", named("PutBucketPolicy", "DeleteBucketPolicy", "PutBucketAcl")),
        entry("activity-from-ip-address", record -> values.get("ip").equals(text(record, "sourceIPAddress"))),
        entry("activity-of-access-key", record -> values.get("access_key_id")
            .equals(text(record, "userIdentity", "accessKeyId"))),
        entry("role-assumptions", named("AssumeRole")),
        entry("instances-launched-and-terminated", named("RunInstances", "StartInstances", "StopInstances",
            "TerminateInstances")),
        entry("lambda-code-updates", record -> text(record, "eventName").startsWith("UpdateFunctionCode")),
        entry("principal-activity-timeline", record -> values.get("principal")
            .equals(text(record, "userIdentity", "arn")) && text(record, "eventTime").compareTo("2026-03-31T00") >= 0
            && text(record, "eventTime").compareTo("2026-03-31T12:00:00Z") <= 0));
  }

  private static Result run(String name) {
    SampleQuery sample = LIBRARY.get(name);
    Map<String, String> given = new HashMap<>();
    sample.parameters().forEach(parameter -> {
      if (parameter.defaultValue() == null || !parameter.name().equals("since")) {
        given.put(parameter.name(), values.get(parameter.name()));
      }
    });
    if (name.equals("principal-activity-timeline")) {
      given.put("since", values.get("since"));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    try (StatementExecution execution = engine.start(saved.bind(name, null, ParameterValues.named(given)),
        new ScanStatistics())) {
      List<String> labels = execution.columns().stream().map(ResultColumn::label).toList();
      while (execution.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int index = 0; index < labels.size(); index++) {
          row.put(labels.get(index), execution.row()[index]);
        }
        rows.add(row);
      }
    }
    return new Result(rows);
  }

  /** Rows of one run, by column label. */
  private record Result(List<Map<String, Object>> rows) {
    List<Object> column(String label) {
      return rows.stream().map(row -> row.get(label)).toList();
    }

    Map<String, Long> counts(String keyColumn, String countColumn) {
      return counts(row -> String.valueOf(row.get(keyColumn)), countColumn);
    }

    Map<String, Long> counts(Function<Map<String, Object>, String> key, String countColumn) {
      Map<String, Long> counts = new HashMap<>();
      rows.forEach(row -> counts.put(key.apply(row), (Long) row.get(countColumn)));
      return counts;
    }
  }

  private static Map<String, Long> count(Predicate<JsonNode> filter, Function<JsonNode, String> key) {
    return generated.records().stream().filter(filter)
        .collect(groupingBy(record -> String.valueOf(key.apply(record)), counting()));
  }

  private static String mostCommon(Predicate<JsonNode> filter, Function<JsonNode, String> key) {
    return count(filter.and(record -> key.apply(record) != null), key).entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow().getKey();
  }

  private static boolean denied(JsonNode record) {
    return Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "Client.UnauthorizedOperation")
        .contains(String.valueOf(text(record, "errorCode")));
  }

  private static Predicate<JsonNode> named(String... eventNames) {
    Set<String> names = Set.of(eventNames);
    return record -> names.contains(text(record, "eventName"));
  }

  private static Predicate<JsonNode> succeeded() {
    return record -> text(record, "errorCode") == null;
  }

  /** The text at {@code path} of a raw record, or null when absent or JSON null. */
  private static String text(JsonNode record, String... path) {
    JsonNode node = record;
    for (String field : path) {
      node = node.path(field);
    }
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
