package dev.eventlake.api.cli;

import dev.eventlake.query.samples.SampleLibrary;
import dev.eventlake.query.samples.SampleQuery;
import dev.eventlake.query.saved.ParameterValues;
import dev.eventlake.query.saved.SavedQueries;
import dev.eventlake.query.saved.SavedQuery;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventlake saved …}: the saved query library of the data folder, with versions, and runs by name. */
@Command(name = "saved", mixinStandardHelpOptions = true, description = "Manage and run saved queries: named, "
    + "versioned SQL with typed :name parameters.")
final class SavedCommand {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Command(name = "list", description = "List the saved queries.")
  void list(@Mixin LakeOptions lake) {
    List<SavedQueryView> views = library(lake).list().stream().map(query -> SavedQueryView.of(query, null)).toList();
    Printer.print(spec.commandLine().getOut(), lake.output, views, all -> all.isEmpty() ? "No saved queries."
        : String.join("\n", all.stream().map(SavedQueryView::summary).toList()));
  }

  @Command(name = "show", description = "Show a saved query, its parameters and its versions.")
  void show(@Mixin LakeOptions lake, @Parameters(paramLabel = "NAME") String name,
      @Option(names = "--version", description = "Show this version (default: the current one).") Integer version) {
    print(lake, library(lake).get(name), version);
  }

  @Command(name = "create", description = "Save a new query (version 1).")
  void create(@Mixin LakeOptions lake, @Parameters(paramLabel = "NAME") String name,
      @Mixin DefinitionOptions options) throws IOException {
    print(lake, library(lake).create(name, options.definition(null)), null);
  }

  @Command(name = "update", description = "Save a new version; earlier versions are kept.")
  void update(@Mixin LakeOptions lake, @Parameters(paramLabel = "NAME") String name,
      @Mixin DefinitionOptions options) throws IOException {
    SavedQueries library = library(lake);
    print(lake, library.update(name, options.definition(library.get(name).current().definition())), null);
  }

  @Command(name = "restore", description = "Make an earlier version current again (saved as a new version).")
  void restore(@Mixin LakeOptions lake, @Parameters(paramLabel = "NAME") String name,
      @Option(names = "--version", required = true, description = "The version to restore.") int version) {
    print(lake, library(lake).restore(name, version), null);
  }

  @Command(name = "delete", description = "Delete a saved query and all its versions.")
  void delete(@Mixin LakeOptions lake, @Parameters(paramLabel = "NAME") String name) {
    SavedQuery deleted = library(lake).delete(name);
    Printer.print(spec.commandLine().getOut(), lake.output, SavedQueryView.of(deleted, null),
        view -> "Deleted saved query " + view.name() + " (" + view.versions().size() + " versions).");
  }

  @Command(name = "run", description = "Run a saved query in-process and print its rows, like 'query'.")
  int run(@Mixin LakeOptions lake, @Parameters(paramLabel = "NAME") String name,
      @Option(names = "--version", description = "Run this version (default: the current one).") Integer version,
      @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value; parameters not given "
          + "take their defaults.") List<String> values,
      @Option(names = "--format", defaultValue = "table", description = "table, csv, json or jsonl.") RowFormat format,
      @Option(names = "--stats", description = "Also print events and bytes scanned to standard error.")
          boolean statistics) {
    return StatementOutput.print(spec, lake.openLake(), library(lake).bind(name, version,
        ParameterValues.named(DefinitionOptions.values(values))), format, statistics);
  }

  @Command(name = "copy-sample", description = "Copy a built-in sample query into an editable saved query.")
  void copySample(@Mixin LakeOptions lake, @Parameters(paramLabel = "SAMPLE") String sampleName,
      @Option(names = "--store", required = true, description = "The store (ID, ARN or name) the copy reads.")
          String store,
      @Option(names = "--name", description = "Name of the copy (default: the sample's name).") String name) {
    SampleQuery sample = SampleLibrary.builtIn().get(sampleName);
    String storeId = lake.openLake().catalog().resolve(store).id();
    print(lake, library(lake).create(name != null ? name : sample.name(), sample.definitionFor(storeId)), null);
  }

  private void print(LakeOptions lake, SavedQuery query, Integer version) {
    Printer.print(spec.commandLine().getOut(), lake.output, SavedQueryView.of(query, version), SavedQueryView::text);
  }

  private static SavedQueries library(LakeOptions lake) {
    return new SavedQueries(lake.dataDirectory.toAbsolutePath(), Clock.systemUTC());
  }
}
