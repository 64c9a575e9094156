package dev.eventlake.api.cli;

import dev.eventlake.store.Lake;
import dev.eventlake.store.catalog.EventDataStore;
import dev.eventlake.store.storage.StoreVerifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventlake verify}: checks every committed file of the stores against its manifest's SHA-256. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check stores for tampering: every committed file must match its recorded SHA-256.")
final class VerifyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin LakeOptions lake;

  @Parameters(paramLabel = "STORE", arity = "0..*", description = "Stores to check (default: all).")
  List<String> stores = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Lake opened = lake.openLake();
    List<EventDataStore> selected = stores.isEmpty() ? opened.catalog().list()
        : stores.stream().map(opened.catalog()::resolve).toList();
    Map<String, StoreVerifier.Report> reports = new LinkedHashMap<>();
    for (EventDataStore store : selected) {
      reports.put(store.name(), StoreVerifier.verify(opened.files(store)));
    }
    Printer.print(spec.commandLine().getOut(), lake.output, reports, VerifyCommand::describe);
    return reports.values().stream().allMatch(StoreVerifier.Report::intact) ? 0 : 4;
  }

  private static String describe(Map<String, StoreVerifier.Report> reports) {
    StringBuilder text = new StringBuilder();
    reports.forEach((name, report) -> {
      text.append(String.format("%s: %s (%,d files, %,d events%s)%n", name, report.intact() ? "intact" : "TAMPERED",
          report.files(), report.events(), report.filesRemovedByRetention() == 0 ? ""
              : String.format("; retention removed %,d files, %,d events, as the manifest records",
                  report.filesRemovedByRetention(), report.eventsRemovedByRetention())));
      report.problems().forEach(problem -> text.append("  ").append(problem).append(System.lineSeparator()));
    });
    return text.length() == 0 ? "No event data stores." : text.toString().stripTrailing();
  }
}
