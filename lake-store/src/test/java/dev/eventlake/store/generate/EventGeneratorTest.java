package dev.eventlake.store.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layout, counts, time range, determinism and realism of {@link EventGenerator}'s output. */
class EventGeneratorTest {

  private static final int EVENTS = 50_000;
  private static final int DAYS = 3;
  private static final LocalDate LAST_DAY = LocalDate.of(2024, 3, 6);
  private static final Pattern FILE_PATH = Pattern.compile("AWSLogs/(\\d{12})/CloudTrail/([a-z]{2}-[a-z]+-\\d)/"
      + "(\\d{4})/(\\d{2})/(\\d{2})/\\1_CloudTrail_\\2_(\\d{8})T(\\d{4})Z_[A-Za-z0-9]{16}\\.json\\.gz");
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  @TempDir
  static Path output;
  private static GeneratorSummary summary;
  private static List<TrailRecord> records;

  @BeforeAll
  static void generateOnce() throws IOException {
    summary = new EventGenerator(new GeneratorConfig(output, EVENTS, DAYS, 7L, LAST_DAY)).generate();
    records = TrailReader.records(output);
  }

  @Test
  void writesExactlyTheRequestedNumberOfDistinctEvents() throws IOException {
    Set<String> eventIds = records.stream().map(r -> r.text("eventID")).collect(Collectors.toSet());
    List<Path> files = TrailReader.files(output);
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(output.resolve(file));
    }
    assertThat(eventIds).hasSize(EVENTS);
    assertThat(records.size() - EVENTS).isBetween(1, 30);
    assertThat(summary).isEqualTo(new GeneratorSummary(EVENTS, files.size(), bytes, LAST_DAY.minusDays(2), LAST_DAY));
    assertThat((double) bytes / EVENTS).isBetween(120.0, 450.0);
  }

  @Test
  void writesTheTrailDeliveryLayout() throws IOException {
    Set<String> accounts = new HashSet<>();
    for (Path file : TrailReader.files(output)) {
      Matcher matcher = FILE_PATH.matcher(file.toString().replace('\\', '/'));
      assertThat(matcher.matches()).as(file.toString()).isTrue();
      assertThat(matcher.group(3) + matcher.group(4) + matcher.group(5)).isEqualTo(matcher.group(6));
      assertThat(Integer.parseInt(matcher.group(7).substring(2)) % 5).as(file.toString()).isIn(0, 4);
      accounts.add(matcher.group(1));
    }
    Map<String, Long> perRegion = countBy(r -> r.text("awsRegion"));
    assertThat(accounts).hasSize(3);
    assertThat(perRegion).containsOnlyKeys(Regions.NAMES);
    assertThat(perRegion.get("us-east-1")).isGreaterThan(EVENTS / 2);
  }

  @Test
  void keepsEventsInsideTheDaysAndBeforeTheirDelivery() {
    Instant first = LAST_DAY.minusDays(DAYS - 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    int outOfOrder = 0;
    for (int i = 0; i < records.size(); i++) {
      TrailRecord record = records.get(i);
      assertThat(record.eventTime()).isBetween(first, end.minusSeconds(1));
      assertThat(record.eventTime()).isBefore(record.deliveryTime().plusSeconds(60));
      if (record.index() > 0 && record.eventTime().isBefore(records.get(i - 1).eventTime())) {
        outOfOrder++;
      }
    }
    assertThat(outOfOrder).as("roughly but not strictly sorted").isBetween(EVENTS / 200, EVENTS / 5);
  }

  @Test
  void followsADailyRhythm() {
    Map<Integer, Long> perHour = countBy(r -> r.eventTime().atZone(ZoneOffset.UTC).getHour());
    long afternoon = perHour.get(14) + perHour.get(15) + perHour.get(16);
    long night = perHour.get(2) + perHour.get(3) + perHour.get(4);
    assertThat(afternoon).isGreaterThan(night * 3 / 2);
  }

  @Test
  void mixesCategoriesIdentitiesVersionsAndErrors() {
    assertThat(countBy(r -> r.text("eventCategory"))).containsOnlyKeys("Management", "Data");
    assertThat(countBy(r -> r.json().path("userIdentity").path("type").asText("none")))
        .containsKeys("IAMUser", "AssumedRole", "AWSService", "Root");
    assertThat(countBy(r -> r.text("eventType"))).containsKeys("AwsApiCall", "AwsConsoleSignIn");
    assertThat(countBy(r -> r.text("eventVersion")).keySet()).isSubsetOf("1.08", "1.09", "1.10", "1.11").hasSize(4);
    long errors = records.stream().filter(r -> r.json().has("errorMessage")).count();
    assertThat((double) errors / records.size()).isBetween(0.025, 0.06);
    assertThat(countBy(r -> r.text("errorCode"))).containsKeys("AccessDenied", "Client.UnauthorizedOperation",
        "ThrottlingException", "NoSuchKey");
    long withTls = records.stream().filter(r -> r.json().has("tlsDetails")).count();
    assertThat(withTls).isGreaterThan(records.size() * 3L / 4);
  }

  @Test
  void writesS3DataEventsWithResources() {
    List<TrailRecord> objectReads = withName("GetObject");
    assertThat(objectReads).hasSizeGreaterThan(EVENTS / 20);
    for (TrailRecord read : objectReads) {
      JsonNode json = read.json();
      assertThat(json.path("managementEvent").asBoolean(true)).isFalse();
      assertThat(json.path("readOnly").asBoolean(false)).isTrue();
      assertThat(read.text("eventCategory")).isEqualTo("Data");
      JsonNode resources = json.path("resources");
      assertThat(resources.path(0).path("type").asText()).isEqualTo("AWS::S3::Object");
      assertThat(resources.path(1).path("type").asText()).isEqualTo("AWS::S3::Bucket");
      assertThat(resources.path(1).path("ARN").asText()).startsWith("arn:aws:s3:::")
          .isEqualTo("arn:aws:s3:::" + json.path("requestParameters").path("bucketName").asText());
      assertThat(resources.path(1).path("accountId").asText()).isEqualTo(read.text("recipientAccountId"));
      assertThat(json.path("additionalEventData").has("bytesTransferredOut")).isTrue();
    }
    assertThat(withName("PutObject")).allMatch(r -> !r.json().path("readOnly").asBoolean(true));
    assertThat(withName("ListObjects")).isNotEmpty();
  }

  @Test
  void writesConsoleSignIns() {
    List<TrailRecord> logins = withName("ConsoleLogin");
    assertThat(logins).isNotEmpty();
    Set<String> outcomes = new HashSet<>();
    for (TrailRecord login : logins) {
      String outcome = login.json().path("responseElements").path("ConsoleLogin").asText();
      outcomes.add(outcome);
      assertThat(login.text("eventType")).isEqualTo("AwsConsoleSignIn");
      assertThat(login.json().path("additionalEventData").path("MFAUsed").asText()).isIn("Yes", "No");
      assertThat(outcome.equals("Failure")).isEqualTo("Failed authentication".equals(login.text("errorMessage")));
    }
    assertThat(outcomes).containsExactlyInAnyOrder("Success", "Failure");
  }

  @Test
  void keepsAccessKeysStablePerPrincipal() {
    Map<String, Set<String>> keysByArn = new HashMap<>();
    for (TrailRecord record : records) {
      JsonNode identity = record.json().path("userIdentity");
      String key = identity.path("accessKeyId").asText("");
      if (identity.path("type").asText().equals("IAMUser") && key.startsWith("AKIA")) {
        keysByArn.computeIfAbsent(identity.path("arn").asText(), arn -> new HashSet<>()).add(key);
      }
      if (identity.path("type").asText().equals("AssumedRole")) {
        assertThat(key).matches("ASIA[A-Z2-7]{16}");
        assertThat(identity.path("sessionContext").path("sessionIssuer").path("type").asText()).isEqualTo("Role");
      }
    }
    assertThat(keysByArn).isNotEmpty().allSatisfy((arn, keys) -> assertThat(keys).hasSize(1));
  }

  @Test
  void redeliversRareDuplicatesAsExactCopiesInTheNextFile() {
    Map<String, List<TrailRecord>> byId = records.stream().collect(Collectors.groupingBy(r -> r.text("eventID")));
    List<List<TrailRecord>> duplicated = byId.values().stream().filter(copies -> copies.size() > 1).toList();
    assertThat(duplicated).isNotEmpty();
    for (List<TrailRecord> copies : duplicated) {
      assertThat(copies).hasSize(2);
      TrailRecord original = copies.get(0).index() == 0 ? copies.get(1) : copies.get(0);
      TrailRecord redelivered = original == copies.get(0) ? copies.get(1) : copies.get(0);
      assertThat(redelivered.raw()).isEqualTo(original.raw());
      assertThat(redelivered.file()).isNotEqualTo(original.file());
      assertThat(redelivered.file().getParent()).isEqualTo(original.file().getParent());
      assertThat(original.index()).as("last of its file").isEqualTo(recordsInFile(original.file()) - 1);
      assertThat(redelivered.index()).as("first of the next file").isZero();
      assertThat(redelivered.deliveryTime()).isAfterOrEqualTo(original.deliveryTime());
    }
    assertThat(records).allSatisfy(r -> assertThat(r.text("eventID")).matches(UUID));
  }

  @Test
  void isDeterministicPerSeed(@TempDir Path first, @TempDir Path second, @TempDir Path other) throws IOException {
    new EventGenerator(new GeneratorConfig(first, 4_000, 2, 11L, LAST_DAY), 1).generate();
    new EventGenerator(new GeneratorConfig(second, 4_000, 2, 11L, LAST_DAY), 3).generate();
    new EventGenerator(new GeneratorConfig(other, 4_000, 2, 12L, LAST_DAY)).generate();
    List<Path> files = TrailReader.files(first);
    assertThat(TrailReader.files(second)).isEqualTo(files);
    for (Path file : files) {
      assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
    assertThat(TrailReader.files(other)).isNotEqualTo(files);
  }

  @Test
  void writesNothingForZeroEvents(@TempDir Path empty) throws IOException {
    GeneratorSummary none = new EventGenerator(new GeneratorConfig(empty, 0, 1, 1L, LAST_DAY)).generate();
    assertThat(none).isEqualTo(new GeneratorSummary(0, 0, 0, LAST_DAY, LAST_DAY));
    assertThat(TrailReader.files(empty)).isEmpty();
  }

  @Test
  void rejectsInvalidConfigurations(@TempDir Path directory) {
    assertThatThrownBy(() -> new GeneratorConfig(directory, -1, 1, 1L, LAST_DAY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeneratorConfig(directory, 10, 0, 1L, LAST_DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long recordsInFile(Path file) {
    return records.stream().filter(r -> r.file().equals(file)).count();
  }

  private static List<TrailRecord> withName(String eventName) {
    return records.stream().filter(r -> eventName.equals(r.text("eventName"))).toList();
  }

  private static <K> Map<K, Long> countBy(Function<TrailRecord, K> key) {
    return records.stream().filter(r -> key.apply(r) != null)
        .collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
