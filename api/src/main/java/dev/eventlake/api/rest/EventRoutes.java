package dev.eventlake.api.rest;

import dev.eventlake.api.auth.Access;
import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.CloudTrailLogReader;
import dev.eventlake.store.event.RecordFailure;
import dev.eventlake.store.event.RecordSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Live ingestion, {@code POST /v1/events}: CloudTrail records fanned out to every ENABLED store whose selectors
 * select them. The answer comes once the events are durable, with the count per store and the records that could
 * not be read. A body in which no record can be read is refused as a whole.
 */
public final class EventRoutes implements RestRoutes {
  static final int LISTED_FAILURES = 100;
  private final Lake lake;
  private final EventPayload payload;

  public EventRoutes(Lake lake, long maximumBodyBytes) {
    this.lake = lake;
    this.payload = new EventPayload(maximumBodyBytes);
  }

  /** Where a batch's events went. */
  record StoreCount(String id, String name, int events) {}

  /** A record that could not be read, numbered from 1 in the body. */
  record Failure(long record, long line, long column, String reason) {}

  /** The answer of {@code POST /v1/events}; {@code failures} lists at most the first 100 rejected records. */
  record Ingestion(int records, int accepted, int rejected, List<StoreCount> stores, List<Failure> failures) {}

  @Override
  public List<RestRoute> routes() {
    return List.of(RestRoute.withBody("POST", "/v1/events", "IngestEvents", Access.WRITE, this::ingest));
  }

  private void ingest(RestExchange exchange) throws IOException {
    byte[] text = payload.decode(exchange.rawBody(), exchange.header("Content-Type"),
        exchange.header("Content-Encoding"));
    List<CloudTrailEvent> events = new ArrayList<>();
    List<RecordFailure> failures = new ArrayList<>();
    new CloudTrailLogReader().read("request body", new ByteArrayInputStream(text), new RecordSink() {
      @Override
      public void accept(CloudTrailEvent event) {
        events.add(event);
      }

      @Override
      public void reject(RecordFailure failure) {
        failures.add(failure);
      }
    });
    requireSomethingToIngest(events, failures);
    Map<String, Integer> stored = lake.ingest(events);
    exchange.respond(200, new Ingestion(events.size() + failures.size(), events.size(), failures.size(),
        storeCounts(stored), failures.stream().limit(LISTED_FAILURES).map(failure -> new Failure(
            failure.recordNumber(), failure.line(), failure.column(), failure.reason())).toList()));
  }

  private static void requireSomethingToIngest(List<CloudTrailEvent> events, List<RecordFailure> failures) {
    if (events.isEmpty() && failures.isEmpty()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "the body holds no CloudTrail records; send "
          + "{\"Records\":[…]} or one record per line (NDJSON)");
    }
    if (events.isEmpty()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "none of the %d records can be ingested; the first: "
          + "record %d (line %d, column %d): %s", failures.size(), failures.get(0).recordNumber(),
          failures.get(0).line(), failures.get(0).column(), failures.get(0).reason());
    }
  }

  private List<StoreCount> storeCounts(Map<String, Integer> stored) {
    Map<String, String> names = lake.catalog().list().stream()
        .collect(Collectors.toMap(EventDataStore::id, EventDataStore::name, (first, second) -> first));
    return stored.entrySet().stream()
        .map(entry -> new StoreCount(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
            entry.getValue()))
        .toList();
  }
}
