package dev.eventlake.api.cli;

import java.time.Clock;
import picocli.CommandLine;

/** Creates the command objects as picocli's default factory does, handing every {@link LakeOptions} the clock. */
final class CommandFactory implements CommandLine.IFactory {
  private final CommandLine.IFactory defaults = CommandLine.defaultFactory();
  private final Clock clock;

  CommandFactory(Clock clock) {
    this.clock = clock;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K created = defaults.create(type);
    if (created instanceof LakeOptions options) {
      options.clock = clock;
    }
    return created;
  }
}
