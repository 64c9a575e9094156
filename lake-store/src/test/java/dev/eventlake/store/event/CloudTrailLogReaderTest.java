package dev.eventlake.store.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Log formats, exact eventJson, the mapping of messy members, and recovery from broken records. */
class CloudTrailLogReaderTest {
  private static final String FIRST = "{\"eventTime\":\"2024-01-05T13:51:00Z\",\"eventID\":\"a\",\n"
      + "  \"eventName\":\"GetObject\",\"managementEvent\":false,\"readOnly\":\"TRUE\"}";
  private static final String SECOND = "{\"eventTime\":\"2024-01-05T13:52:00Z\",\"eventID\":\"b\"}";

  private final List<CloudTrailEvent> events = new ArrayList<>();
  private final List<RecordFailure> failures = new ArrayList<>();

  @Test
  void readsRecordsFilesKeepingEachRecordTextUnchanged() throws Exception {
    read("{\"Records\": [" + FIRST + ",\n " + SECOND + "]}", false);
    assertThat(events).extracting(CloudTrailEvent::eventJson).containsExactly(FIRST, SECOND);
    assertThat(events.get(0).eventCategory()).isEqualTo("Data");
    assertThat(events.get(0).readOnly()).isTrue();
    assertThat(events.get(1).eventCategory()).isEqualTo("Management");
    assertThat(failures).isEmpty();
  }

  @Test
  void readsGzipNdjsonAndBareArrays() throws Exception {
    read(FIRST.replace("\n", "") + "\n\n" + SECOND + "\r\n", true);
    read("[" + SECOND + "]", false);
    assertThat(events).extracting(CloudTrailEvent::eventID).containsExactly("a", "b", "b");
  }

  @Test
  void reportsABrokenRecordWithItsPositionAndLoadsTheRest() throws Exception {
    read("{\"Records\":[\n" + FIRST + ",\n{\"eventTime\": oops},\n" + SECOND + "]}", false);
    assertThat(events).extracting(CloudTrailEvent::eventID).containsExactly("a", "b");
    assertThat(failures).singleElement().satisfies(failure -> {
      assertThat(failure.recordNumber()).isEqualTo(2);
      assertThat(failure.line()).isEqualTo(4);
      assertThat(failure.reason()).contains("not valid JSON");
      assertThat(failure.describe()).startsWith("test.json: record 2 (line 4, column 1)");
    });
  }

  @Test
  void rejectsRecordsWithoutAReadableEventTime() throws Exception {
    read("{\"eventID\":\"x\"}\n{\"eventTime\":\"yesterday\"}\n\"just a string\"\n" + SECOND, false);
    assertThat(events).extracting(CloudTrailEvent::eventID).containsExactly("b");
    assertThat(failures).extracting(RecordFailure::reason)
        .containsExactly("record has no eventTime", "eventTime yesterday is not an ISO-8601 time",
            "record is not a JSON object");
  }

  @Test
  void mapsMessyMembersWithoutFailing() throws Exception {
    read("{\"eventTime\":\"2024-01-05T13:51:00.123+01:00\",\"userIdentity\":{\"accesskeyid\":\"AKIA1\","
        + "\"sessionContext\":{\"attributes\":{\"creationDate\":\"bad\"}}},\"requestParameters\":{\"a\":{\"b\":[1,2]},"
        + "\"n\":5,\"t\":true,\"z\":null},\"serviceEventDetails\":\"{\\\"k\\\":1}\",\"responseElements\":\"text\","
        + "\"resources\":[\"not an object\",{\"ARN\":\"arn:x\",\"type\":\"AWS::S3::Object\"}],\"tlsDetails\":7,"
        + "\"sessionCredentialFromConsole\":true,\"unknownField\":{\"kept\":1}}", false);
    CloudTrailEvent event = events.get(0);
    assertThat(event.eventTime()).hasToString("2024-01-05T12:51:00.123Z");
    assertThat(event.userIdentity().accessKeyId()).isEqualTo("AKIA1");
    assertThat(event.userIdentity().sessionContext().attributes().creationDate()).isNull();
    assertThat(event.requestParameters()).containsEntry("a", "{\"b\":[1,2]}").containsEntry("n", "5")
        .containsEntry("t", "true").containsEntry("z", null);
    assertThat(event.serviceEventDetails()).containsEntry("k", "1");
    assertThat(event.responseElements()).isNull();
    assertThat(event.resources()).singleElement().satisfies(resource -> assertThat(resource.arn()).isEqualTo("arn:x"));
    assertThat(event.tlsDetails()).isNull();
    assertThat(event.sessionCredentialFromConsole()).isEqualTo("true");
    assertThat(event.eventJson()).contains("unknownField");
    assertThat(event.eventJsonChecksum()).hasSize(64);
  }

  private void read(String content, boolean gzip) throws Exception {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (gzip) {
      ByteArrayOutputStream compressed = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
        out.write(bytes);
      }
      bytes = compressed.toByteArray();
    }
    new CloudTrailLogReader().read("test.json", new ByteArrayInputStream(bytes), new RecordSink() {
      @Override
      public void accept(CloudTrailEvent event) {
        events.add(event);
      }

      @Override
      public void reject(RecordFailure failure) {
        failures.add(failure);
      }
    });
  }
}
