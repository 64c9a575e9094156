package dev.eventlake.api.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventlake.store.testing.SharedData;
import dev.eventlake.store.testing.SourceRecords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Trail log files built at test time from the shared corpus of real CloudTrail records: each record lands in exactly
 * one gzip file under {@code AWSLogs/<account>/CloudTrail/us-east-1/YYYY/MM/DD/}, its eventTime moved to that day.
 */
final class TrailLogs {
  static final String ACCOUNT = "111122223333";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One log object: its key below the source's prefix, gzip content, day and the management events it holds. */
  record LogObject(String key, byte[] content, LocalDate day, int managementEvents) {}

  private TrailLogs() {}

  /** The shared corpus, or its first {@code limit} records. */
  static List<JsonNode> corpus(int limit) throws IOException {
    List<JsonNode> all = SourceRecords.readAll(SharedData.cloudTrailRecords());
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  /** Spreads {@code records} round-robin over {@code days} × {@code filesPerDay} files starting at {@code firstDay}. */
  static List<LogObject> build(List<JsonNode> records, LocalDate firstDay, int days, int filesPerDay) {
    int files = days * filesPerDay;
    List<List<JsonNode>> parts = new ArrayList<>();
    for (int file = 0; file < files; file++) {
      parts.add(new ArrayList<>());
    }
    for (int index = 0; index < records.size(); index++) {
      parts.get(index % files).add(records.get(index));
    }
    List<LogObject> objects = new ArrayList<>();
    for (int file = 0; file < files; file++) {
      LocalDate day = firstDay.plusDays(file / filesPerDay);
      objects.add(logObject(parts.get(file), day, file % filesPerDay));
    }
    return objects;
  }

  /** The management events of {@code objects} (what a store with default selectors keeps). */
  static long managementEvents(List<LogObject> objects) {
    return objects.stream().mapToLong(LogObject::managementEvents).sum();
  }

  /** Writes the objects as files below {@code root}. */
  static void write(Path root, List<LogObject> objects) throws IOException {
    for (LogObject object : objects) {
      Path file = root.resolve(object.key());
      Files.createDirectories(file.getParent());
      Files.write(file, object.content());
    }
  }

  /** Gzip of {@code text}. */
  static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  private static LogObject logObject(List<JsonNode> records, LocalDate day, int sequence) {
    ArrayNode array = JSON.createArrayNode();
    int management = 0;
    for (int index = 0; index < records.size(); index++) {
      ObjectNode record = records.get(index).deepCopy();
      record.put("eventTime", day.atStartOfDay(ZoneOffset.UTC).plusSeconds(60L * sequence + index % 3600)
          .format(DateTimeFormatter.ISO_INSTANT));
      array.add(record);
      management += "Management".equals(SourceRecords.category(record)) ? 1 : 0;
    }
    String stamp = day.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("T%02d%02dZ", sequence / 12,
        (sequence % 12) * 5);
    String key = String.format("AWSLogs/%s/CloudTrail/us-east-1/%s/%s_CloudTrail_us-east-1_%s_%04d.json.gz", ACCOUNT,
        day.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")), ACCOUNT, stamp, sequence);
    ObjectNode log = JSON.createObjectNode();
    log.set("Records", array);
    return new LogObject(key, gzip(log.toString()), day, management);
  }
}
