package dev.eventlake.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLLine, a stock JDBC tool, drives the packaged driver jar in its own JVM (in a time zone other than UTC): it
 * connects, lists the stores with {@code !tables}, selects nested columns, and shows a bad query's CloudTrail error.
 */
class SqllineJarIT {
  @TempDir
  static Path dataDirectory;
  private static LiveServer server;

  @BeforeAll
  static void start() {
    DriverJar.path();
    server = LiveServer.start(dataDirectory);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void connectsListsTablesQueriesNestedColumnsAndShowsErrors() throws Exception {
    JsonNode event = CorpusRecords.richManagementEvent();
    Path script = dataDirectory.resolve("session.sql");
    Files.writeString(script, String.join("\n",
        "!tables",
        "SELECT eventTime, eventName, userIdentity.arn, userIdentity.type FROM \"" + server.audit().id()
            + "\" WHERE eventID = '" + event.get("eventID").asText() + "';",
        "SELEC eventName FROM \"" + server.audit().id() + "\";",
        "!quit", ""));
    String output = runSqlline(script);

    assertThat(output).contains(server.audit().id(), "audit (Management)", server.activity().id(),
        "partner-events (ActivityAuditLog)", "TABLE");
    String eventTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).format(
        LocalDateTime.ofInstant(Instant.parse(event.get("eventTime").asText()), ZoneOffset.UTC));
    assertThat(output).contains(event.get("userIdentity").get("arn").asText(),
        event.get("userIdentity").get("type").asText(), event.get("eventName").asText());
    assertThat(output).contains("Error: InvalidQueryStatementException: ").contains("state=42000");
    assertThat(output).as("the UTC wall-clock time, whatever the tool's zone").contains(eventTime);
  }

  /** Runs SQLLine with the driver jar and {@code script}, returning all it printed. */
  private static String runSqlline(Path script) throws IOException, InterruptedException {
    List<String> classPath = new ArrayList<>(DriverJar.classPathEntries("sqlline", "jline"));
    assertThat(classPath).as("SQLLine on the test class path").isNotEmpty();
    classPath.add(DriverJar.path().toString());
    List<String> command = List.of(DriverJar.javaLauncher(), "-Duser.timezone=America/New_York", "-cp",
        String.join(File.pathSeparator, classPath), "sqlline.SqlLine", "-u", server.url(), "-n", LiveServer.ADMIN_ID,
        "-p", LiveServer.ADMIN_SECRET, "--maxWidth=400", "--verbose=false", "-f", script.toString());
    Path log = dataDirectory.resolve("sqlline.out");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    process.getOutputStream().close();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("SQLLine finished").isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(output).as(output).doesNotContain("No known driver");
    return output;
  }
}
