package dev.eventlake.bench.ingest;

import dev.eventlake.store.selector.AdvancedEventSelector;
import dev.eventlake.store.selector.AdvancedFieldSelector;
import java.util.List;

/**
 * Advanced event selectors that select every event the generator writes: all management events, plus the data
 * events of each resource type it produces (a store of data events must name the resource type).
 */
final class AllEventsSelectors {
  private static final List<String> DATA_RESOURCE_TYPES = List.of("AWS::S3::Object", "AWS::S3::Bucket",
      "AWS::Lambda::Function", "AWS::DynamoDB::Table");

  private AllEventsSelectors() {}

  static List<AdvancedEventSelector> selectors() {
    List<AdvancedEventSelector> selectors = new java.util.ArrayList<>();
    selectors.add(new AdvancedEventSelector("management",
        List.of(AdvancedFieldSelector.equalTo("eventCategory", "Management"))));
    for (String type : DATA_RESOURCE_TYPES) {
      selectors.add(new AdvancedEventSelector("data " + type, List.of(
          AdvancedFieldSelector.equalTo("eventCategory", "Data"), AdvancedFieldSelector.equalTo("resources.type", type))));
    }
    return List.copyOf(selectors);
  }
}
