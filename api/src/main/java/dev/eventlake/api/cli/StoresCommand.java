package dev.eventlake.api.cli;

import dev.eventlake.api.wire.StoreWire;
import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.BillingMode;
import dev.eventlake.store.catalog.CreateStoreRequest;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.catalog.UpdateStoreRequest;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.storage.StoreCompactor;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventlake stores …}: create, inspect, change and delete event data stores. */
@Command(name = "stores", description = "Manage event data stores.", mixinStandardHelpOptions = true)
final class StoresCommand {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Command(name = "create", description = "Create an event data store.")
  void create(@Mixin LakeOptions lake,
      @Option(names = "--name", required = true, description = "Store name (3-128 of A-Z a-z 0-9 . _ -).")
          String name,
      @Option(names = "--selectors", description = "AdvancedEventSelectors JSON, or @file.") String selectors,
      @Option(names = "--retention-days", description = "RetentionPeriod in days.") Integer retentionDays,
      @Option(names = "--billing-mode", description = "EXTENDABLE_RETENTION_PRICING or FIXED_RETENTION_PRICING.")
          BillingMode billingMode,
      @Option(names = "--no-termination-protection", description = "Allow deletion without an update first.")
          boolean noTerminationProtection,
      @Option(names = "--no-start-ingestion", description = "Create with ingestion stopped.")
          boolean noStartIngestion) {
    Lake opened = lake.openLake();
    EventDataStore store = opened.catalog().create(new CreateStoreRequest(name, SelectorsArgument.parse(selectors),
        null, null, retentionDays, noTerminationProtection ? false : null, null, null,
        noStartIngestion ? false : null, billingMode));
    print(lake, opened, store);
  }

  @Command(name = "list", description = "List event data stores.")
  void list(@Mixin LakeOptions lake) {
    Lake opened = lake.openLake();
    List<StoreWire> stores = opened.catalog().list().stream().map(store -> wire(opened, store)).toList();
    Printer.print(spec.commandLine().getOut(), lake.output, stores,
        all -> all.isEmpty() ? "No event data stores." : String.join("\n", all.stream().map(StoresCommand::line)
            .toList()));
  }

  @Command(name = "get", description = "Show one event data store.")
  void get(@Mixin LakeOptions lake, @Parameters(paramLabel = "STORE", description = "ID, ARN or name.") String ref) {
    apply(lake, ref, (catalog, reference) -> catalog.catalog().get(reference));
  }

  @Command(name = "update", description = "Change an event data store.")
  void update(@Mixin LakeOptions lake, @Parameters(paramLabel = "STORE") String reference,
      @Option(names = "--name") String name,
      @Option(names = "--selectors", description = "AdvancedEventSelectors JSON, or @file.") String selectors,
      @Option(names = "--retention-days") Integer retentionDays,
      @Option(names = "--billing-mode") BillingMode billingMode,
      @Option(names = "--termination-protection", arity = "1", description = "true or false.")
          Boolean terminationProtection) {
    UpdateStoreRequest request = new UpdateStoreRequest(reference, name, SelectorsArgument.parse(selectors), null,
        null, retentionDays, terminationProtection, null, billingMode);
    if (!request.hasChanges()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER,
          "nothing to update: give at least one of --name, --selectors, --retention-days, --billing-mode, "
              + "--termination-protection");
    }
    apply(lake, reference, (opened, ignored) -> opened.catalog().update(request));
  }

  @Command(name = "delete", description = "Delete a store: it is pending deletion for 7 days, then purged.")
  void delete(@Mixin LakeOptions lake, @Parameters(paramLabel = "STORE") String reference) {
    apply(lake, reference, (opened, ref) -> opened.catalog().delete(ref));
  }

  @Command(name = "restore", description = "Restore a store that is pending deletion.")
  void restore(@Mixin LakeOptions lake, @Parameters(paramLabel = "STORE") String reference) {
    apply(lake, reference, (opened, ref) -> opened.catalog().restore(ref));
  }

  @Command(name = "start-ingestion", description = "Resume live ingestion.")
  void startIngestion(@Mixin LakeOptions lake, @Parameters(paramLabel = "STORE") String reference) {
    apply(lake, reference, (opened, ref) -> opened.catalog().startIngestion(ref));
  }

  @Command(name = "stop-ingestion", description = "Stop live ingestion (imports still work).")
  void stopIngestion(@Mixin LakeOptions lake, @Parameters(paramLabel = "STORE") String reference) {
    apply(lake, reference, (opened, ref) -> opened.catalog().stopIngestion(ref));
  }

  @Command(name = "compact", description = "Rewrite small files into large ones (same rows), recorded in the manifest.")
  void compact(@Mixin LakeOptions lake, @Parameters(paramLabel = "STORE") String reference)
      throws java.io.IOException {
    Lake opened = lake.openLake();
    EventDataStore store = opened.catalog().resolve(reference);
    StoreCompactor.Result result = new StoreCompactor(opened.files(store), opened.config().storage()).compact();
    Printer.print(spec.commandLine().getOut(), lake.output, result, r -> String.format(
        "Compacted %d partitions: %d small files rewritten into %d (%,d events)", r.partitionsCompacted(),
        r.filesRemoved(), r.filesAdded(), r.events()));
  }

  private void apply(LakeOptions lake, String reference, BiFunction<Lake, String, EventDataStore> action) {
    Lake opened = lake.openLake();
    print(lake, opened, action.apply(opened, reference));
  }

  private void print(LakeOptions lake, Lake opened, EventDataStore store) {
    Printer.print(spec.commandLine().getOut(), lake.output, wire(opened, store), StoresCommand::describe);
  }

  private static StoreWire wire(Lake lake, EventDataStore store) {
    return StoreWire.fromDomain(store, store.isPendingDeletion() ? null : lake.files(store).eventCount());
  }

  private static String line(StoreWire store) {
    return String.format("%s  %-20s %-18s %,d events", store.id(), store.name(), store.status(),
        store.eventCount() == null ? 0 : store.eventCount());
  }

  private static String describe(StoreWire store) {
    return String.format("Name:        %s%nId:          %s%nARN:         %s%nStatus:      %s%nRetention:   %d days (%s)"
        + "%nProtected:   %s%nEvents:      %s%nSelectors:   %s", store.name(), store.id(), store.arn(), store.status(),
        store.retentionPeriod(), store.billingMode(), store.terminationProtectionEnabled(),
        store.eventCount() == null ? "-" : String.format("%,d", store.eventCount()),
        store.selectors().stream().map(selector -> selector.name() == null ? "(unnamed)" : selector.name()).toList());
  }
}
