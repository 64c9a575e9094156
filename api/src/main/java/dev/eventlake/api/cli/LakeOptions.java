package dev.eventlake.api.cli;

import dev.eventlake.store.Lake;
import dev.eventlake.store.LakeConfig;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Options every command that opens the lake shares: where the data lives and how to print results. */
final class LakeOptions {
  @Option(names = "--data-dir", defaultValue = "eventlake-data",
      description = "Data folder (default: ./eventlake-data).")
  Path dataDirectory;

  @Option(names = "--output", defaultValue = "text", description = "Output format: text or json.")
  OutputFormat output;

  /** The clock the lake runs on: the system clock, or the one a test gave {@link CommandFactory}. */
  Clock clock = Clock.systemUTC();

  Lake openLake() {
    return Lake.open(LakeConfig.defaults(dataDirectory.toAbsolutePath()).withClock(clock));
  }
}
