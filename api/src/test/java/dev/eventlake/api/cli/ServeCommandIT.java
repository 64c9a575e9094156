package dev.eventlake.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.Role;
import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/** Runs {@code eventlake serve} as a real process: ready line, health, generated key, SIGTERM shutdown. */
class ServeCommandIT {
  private static final Pattern READY = Pattern.compile("Eventlake ready on (http://\\S+)");

  @TempDir Path dataDirectory;

  @Test
  void servesUntilSigtermThenStopsCleanlyKeepingItsData() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        EventlakeCommand.class.getName(), "serve", "--port", "0", "--data-dir", dataDirectory.toString())
        .redirectErrorStream(true).start();
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    String endpoint = readUntilReady(output, lines);

    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(endpoint + "/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);

    Path keyFile = dataDirectory.resolve("keys").resolve("access-keys.json");
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("Generated admin access key")
        .contains(keyFile.toString()));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    JsonNode key = new ObjectMapper().readTree(keyFile.toFile()).get(0);
    AccessKey admin = new AccessKey(key.get("accessKeyId").asText(), key.get("secretAccessKey").asText(),
        Role.ADMIN, Instant.now());
    try (CloudTrailClient cloudTrail = CloudTrailClient.builder().endpointOverride(URI.create(endpoint))
        .region(Region.US_WEST_2).httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(admin.accessKeyId(), admin.secretAccessKey()))).build()) {
      cloudTrail.createEventDataStore(request -> request.name("kept"));
    }

    process.toHandle().destroy(); // SIGTERM, leaving our end of the output pipe open
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String line;
    while ((line = output.readLine()) != null) {
      lines.add(line);
    }
    assertThat(lines).anySatisfy(text -> assertThat(text).startsWith("Eventlake stopping"));
    assertThat(lines).noneSatisfy(text -> assertThat(text).contains("Exception"));
    assertThat(Lake.open(LakeConfig.defaults(dataDirectory)).catalog().list())
        .anySatisfy(store -> assertThat(store.name()).isEqualTo("kept"));
  }

  private static String readUntilReady(BufferedReader output, List<String> lines) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
      lines.add(line);
      Matcher ready = READY.matcher(line);
      if (ready.find()) {
        return ready.group(1);
      }
    }
    throw new AssertionError("the server printed no ready line: " + lines);
  }
}
