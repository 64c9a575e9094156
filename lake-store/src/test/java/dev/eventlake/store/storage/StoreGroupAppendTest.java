package dev.eventlake.store.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appending to several stores as one unit: all durable, or none kept after a failure part-way. */
class StoreGroupAppendTest {
  private static final StorageConfig CONFIG = StorageConfig.defaults().withBatches(1_000, 3);
  @TempDir Path directory;
  private final EventMapper mapper = new EventMapper(new EventJson());

  @Test
  void everyStoreHoldsTheEventsDurablyAndFlushesOnlyWhenAsked() throws Exception {
    StoreFiles first = open("a");
    StoreFiles second = open("b");

    StoreGroupAppend.append(List.of(second, first), events(0, 3));

    assertThat(first.unflushedEvents()).hasSize(3);
    assertThat(second.unflushedEvents()).isEqualTo(first.unflushedEvents());
    assertThat(first.eventCount()).isZero();
    first.flushWhenFull();
    assertThat(first.eventCount()).isEqualTo(3);
    assertThat(open("b").eventCount()).isEqualTo(3);
  }

  @Test
  void aFailureInOneStoreTakesBackTheAppendsToTheOthers() throws Exception {
    StoreFiles first = open("a");
    first.append(events(0, 1));
    StoreFiles broken = open("b");
    Path log = directory.resolve("b").resolve(WriteAheadLog.DIRECTORY);
    Files.delete(log);
    Files.writeString(log, "not a directory");
    List<CloudTrailEvent> events = events(1, 2);

    assertThatThrownBy(() -> StoreGroupAppend.append(List.of(first, broken), events))
        .isInstanceOf(IOException.class);

    assertThat(first.unflushedEvents()).extracting(CloudTrailEvent::eventID).containsExactly("event-0");
    assertThat(broken.unflushedEvents()).isEmpty();
    first.append(events(3, 1));
    StoreFiles reopened = open("a");
    assertThat(reopened.eventCount()).isEqualTo(2);
    assertThat(reopened.liveFiles()).hasSize(1);
  }

  @Test
  void nothingToAppendOrNowhereToAppendIsANoOp() throws Exception {
    StoreFiles store = open("a");
    StoreGroupAppend.append(List.of(store), List.of());
    StoreGroupAppend.append(List.of(), events(0, 1));
    assertThat(store.unflushedEvents()).isEmpty();
  }

  private StoreFiles open(String name) throws IOException {
    return StoreFiles.open(directory.resolve(name), CONFIG, Clock.systemUTC());
  }

  private List<CloudTrailEvent> events(int from, int count) throws Exception {
    List<CloudTrailEvent> events = new ArrayList<>();
    for (int index = from; index < from + count; index++) {
      events.add(mapper.map("{\"eventTime\":\"2024-03-01T10:00:0" + index + "Z\",\"eventID\":\"event-" + index
          + "\",\"eventName\":\"Call\"}"));
    }
    return events;
  }
}
