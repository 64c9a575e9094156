package dev.eventlake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.event.CloudTrailEvent;
import dev.eventlake.store.event.EventJson;
import dev.eventlake.store.event.EventMapper;
import dev.eventlake.store.ingest.ImportListener;
import dev.eventlake.store.ingest.ImportRange;
import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.AdvancedFieldSelector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live fan-out by selectors and status, and the rules around imports. */
class LakeTest {
  @TempDir Path dataDirectory;

  @Test
  void liveEventsGoToEveryEnabledStoreWhoseSelectorsMatch() throws Exception {
    Lake lake = Lake.open(LakeConfig.defaults(dataDirectory));
    EventDataStore management = lake.catalog().create(CreateStoreRequest.named("management"));
    EventDataStore s3 = lake.catalog().create(new CreateStoreRequest("s3-objects", List.of(new AdvancedEventSelector("S3",
        List.of(AdvancedFieldSelector.equalTo("eventCategory", "Data"),
            AdvancedFieldSelector.equalTo("resources.type", "AWS::S3::Object")))),
        null, null, null, null, null, null, null, null));
    EventDataStore stopped = lake.catalog().create(CreateStoreRequest.named("stopped"));
    lake.catalog().stopIngestion(stopped.id());

    Map<String, Integer> accepted = lake.ingest(List.of(event("ConsoleLogin", true, null),
        event("GetObject", false, "AWS::S3::Object"), event("Invoke", false, "AWS::Lambda::Function")));

    assertThat(accepted).containsExactly(Map.entry(management.id(), 1), Map.entry(s3.id(), 1));
    lake.flush();
    Lake reopened = Lake.open(LakeConfig.defaults(dataDirectory));
    assertThat(reopened.files(reopened.catalog().get("s3-objects")).eventCount()).isEqualTo(1);
    assertThat(reopened.files(reopened.catalog().get("stopped")).eventCount()).isZero();
  }

  @Test
  void importsAreRefusedForStoresPendingDeletion() throws Exception {
    Lake lake = Lake.open(LakeConfig.defaults(dataDirectory));
    EventDataStore store = lake.catalog().create(new CreateStoreRequest("gone", null, null, null, null, false, null,
        null, null, null));
    lake.catalog().delete(store.id());
    assertThatThrownBy(() -> lake.importLogs("gone", List.of(dataDirectory), ImportRange.ALL, ImportListener.NONE))
        .isInstanceOf(LakeException.class)
        .satisfies(failure -> assertThat(((LakeException) failure).code())
            .isEqualTo(ErrorCode.INACTIVE_EVENT_DATA_STORE));
  }

  private static CloudTrailEvent event(String name, boolean management, String resourceType) throws Exception {
    String resources = resourceType == null ? "" : ",\"resources\":[{\"type\":\"" + resourceType + "\",\"ARN\":\"a\"}]";
    return new EventMapper(new EventJson()).map("{\"eventTime\":\"2024-05-01T00:00:00Z\",\"eventName\":\"" + name
        + "\",\"managementEvent\":" + management + resources + "}");
  }
}
