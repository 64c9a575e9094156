package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.cloudtrail.StoreShapes.CreateInput;
import dev.eventlake.api.cloudtrail.StoreShapes.ListInput;
import dev.eventlake.api.cloudtrail.StoreShapes.ListOutput;
import dev.eventlake.api.cloudtrail.StoreShapes.StoreInput;
import dev.eventlake.api.cloudtrail.StoreShapes.StoreOutput;
import dev.eventlake.api.cloudtrail.StoreShapes.StoreSummary;
import dev.eventlake.api.cloudtrail.StoreShapes.TagShape;
import dev.eventlake.api.cloudtrail.StoreShapes.UpdateInput;
import dev.eventlake.api.wire.SelectorWire;
import dev.eventlake.store.catalog.BillingMode;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.StoreCatalog;
import dev.eventlake.store.catalog.UpdateStoreRequest;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.List;

/** The event data store operations of section 2.1: create, get, list, update, delete, restore, start/stop ingestion. */
public final class StoreOperations {
  private final StoreCatalog catalog;

  public StoreOperations(StoreCatalog catalog) {
    this.catalog = catalog;
  }

  public List<Operation> operations() {
    return List.of(
        Operation.of("CreateEventDataStore", Access.ADMIN, CreateInput.class, (input, caller) -> create(input)),
        Operation.of("GetEventDataStore", Access.READ, StoreInput.class,
            (input, caller) -> StoreOutput.of(catalog.get(required(input.eventDataStore())), false, true)),
        Operation.of("ListEventDataStores", Access.READ, ListInput.class, (input, caller) -> list(input)),
        Operation.of("UpdateEventDataStore", Access.ADMIN, UpdateInput.class, (input, caller) -> update(input)),
        Operation.of("DeleteEventDataStore", Access.ADMIN, StoreInput.class, (input, caller) -> {
          catalog.delete(required(input.eventDataStore()));
          return Operation.EMPTY;
        }),
        Operation.of("RestoreEventDataStore", Access.ADMIN, StoreInput.class,
            (input, caller) -> StoreOutput.of(catalog.restore(required(input.eventDataStore())), false, false)),
        Operation.of("StartEventDataStoreIngestion", Access.ADMIN, StoreInput.class, (input, caller) -> {
          catalog.startIngestion(required(input.eventDataStore()));
          return Operation.EMPTY;
        }),
        Operation.of("StopEventDataStoreIngestion", Access.ADMIN, StoreInput.class, (input, caller) -> {
          catalog.stopIngestion(required(input.eventDataStore()));
          return Operation.EMPTY;
        }));
  }

  private StoreOutput create(CreateInput input) {
    if (input.name() == null) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "CreateEventDataStore needs a Name");
    }
    CreateStoreRequest request = new CreateStoreRequest(input.name(), selectors(input.advancedEventSelectors()),
        input.multiRegionEnabled(), input.organizationEnabled(), input.retentionPeriod(),
        input.terminationProtectionEnabled(),
        input.tagsList() == null ? null : input.tagsList().stream().map(TagShape::toDomain).toList(),
        input.kmsKeyId(), input.startIngestion(), billingMode(input.billingMode()));
    return StoreOutput.of(catalog.create(request), true, false);
  }

  private ListOutput list(ListInput input) {
    ListPages.Page<StoreSummary> page = ListPages.page(catalog.list().stream().map(StoreSummary::of).toList(),
        input.nextToken(), input.maxResults(), "ListEventDataStores");
    return new ListOutput(page.items(), page.nextToken());
  }

  private StoreOutput update(UpdateInput input) {
    UpdateStoreRequest request = new UpdateStoreRequest(required(input.eventDataStore()), input.name(),
        selectors(input.advancedEventSelectors()), input.multiRegionEnabled(), input.organizationEnabled(),
        input.retentionPeriod(), input.terminationProtectionEnabled(), input.kmsKeyId(),
        billingMode(input.billingMode()));
    return StoreOutput.of(catalog.update(request), false, true);
  }

  private static List<dev.eventlake.store.selector.AdvancedEventSelector> selectors(List<SelectorWire> wire) {
    return wire == null ? null : wire.stream().map(SelectorWire::toDomain).toList();
  }

  private static BillingMode billingMode(String name) {
    if (name == null) {
      return null;
    }
    return BillingMode.fromWireName(name).orElseThrow(() -> LakeException.of(ErrorCode.INVALID_PARAMETER,
        "BillingMode '%s' is not one of EXTENDABLE_RETENTION_PRICING, FIXED_RETENTION_PRICING", name));
  }

  static String required(String reference) {
    if (reference == null || reference.isBlank()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "EventDataStore is required: the ARN or ID of a store");
    }
    return reference;
  }
}
