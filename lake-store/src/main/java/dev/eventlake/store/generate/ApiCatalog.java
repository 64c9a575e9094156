package dev.eventlake.store.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** All catalogued APIs and, per behaviour, the weighted mix of APIs that behaviour calls. */
final class ApiCatalog {

  private final Map<String, ApiOperation> operations = new LinkedHashMap<>();
  private final Map<Behavior, Weighted<ApiOperation>> mixes = new EnumMap<>(Behavior.class);

  ApiCatalog() {
    List<ApiOperation> all = new ArrayList<>();
    all.addAll(StorageApis.all());
    all.addAll(ComputeApis.all());
    all.addAll(IdentityApis.all());
    all.addAll(SecurityApis.all());
    for (ApiOperation operation : all) {
      operations.put(operation.key(), operation);
    }
    for (Behavior behavior : Behavior.values()) {
      mixes.put(behavior, parse(BehaviorMixes.of(behavior)));
    }
  }

  /** Draws the API one call of a principal with this behaviour makes. */
  ApiOperation pick(Behavior behavior, SplittableRandom random) {
    return mixes.get(behavior).pick(random);
  }

  /** Parses {@code "service:Name weight, ..."}. */
  private Weighted<ApiOperation> parse(String mix) {
    Weighted.Builder<ApiOperation> builder = Weighted.builder();
    for (String entry : mix.split(",")) {
      String[] parts = entry.trim().split("\\s+");
      ApiOperation operation = operations.get(parts[0]);
      if (operation == null) {
        throw new IllegalStateException("unknown operation in mix: " + parts[0]);
      }
      builder.add(operation, Double.parseDouble(parts[1]));
    }
    return builder.build();
  }
}
