package dev.eventlake.store.testing;

import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import dev.eventlake.store.event.RecordRejectedException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Lakes driven by a test clock, stores with a chosen retention, and events at chosen times, for time-bound tests. */
public final class TestLakes {
  private static final EventMapper MAPPER = new EventMapper(new EventJson());

  /**
   * A clock standing before the oldest event of the shared corpus (2014-03-06). The corpus spans twelve years, more
   * than any retention period, so lakes holding it run on this clock: every corpus event is then inside retention.
   */
  public static final Clock BEFORE_CORPUS = Clock.fixed(Instant.parse("2014-01-01T00:00:00Z"), ZoneOffset.UTC);

  private TestLakes() {}

  /** The default configuration over {@code dataDirectory}, on {@code clock}. */
  public static LakeConfig config(Path dataDirectory, Clock clock) {
    return LakeConfig.defaults(dataDirectory).withClock(clock);
  }

  /** Opens the lake in {@code dataDirectory} on {@code clock}. */
  public static Lake open(Path dataDirectory, Clock clock) {
    return Lake.open(config(dataDirectory, clock));
  }

  /** Creates a store of management events with {@code retentionDays} and no termination protection. */
  public static EventDataStore createStore(Lake lake, String name, int retentionDays) {
    return lake.catalog().create(new CreateStoreRequest(name, null, null, null, retentionDays, false, null, null,
        null, null));
  }

  /** A minimal management event. */
  public static CloudTrailEvent event(String eventId, Instant eventTime) {
    String json = String.format("{\"eventVersion\":\"1.08\",\"eventTime\":\"%s\",\"eventID\":\"%s\","
        + "\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"GetUser\",\"awsRegion\":\"us-east-1\","
        + "\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"eventCategory\":\"Management\"}",
        eventTime, eventId);
    try {
      return MAPPER.map(json);
    } catch (RecordRejectedException impossible) {
      throw new IllegalStateException(json, impossible);
    }
  }
}
