package dev.eventlake.api.cli;

import dev.eventlake.store.error.ErrorCategory;
import dev.eventlake.store.error.LakeException;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eventlake} command line: store management, log import and synthetic data generation. */
@Command(name = "eventlake", mixinStandardHelpOptions = true, version = "Eventlake 0.1.0",
    description = "Self-hostable SQL event lake for audit events, compatible with AWS CloudTrail Lake.",
    subcommands = {StoresCommand.class, ImportCommand.class, GenerateCommand.class, DemoCommand.class,
        VerifyCommand.class, QueryCommand.class, ServeCommand.class, RetentionCommand.class, SavedCommand.class,
        SamplesCommand.class, KeysCommand.class, VerifyQueryResultsCommand.class})
public final class EventlakeCommand implements Runnable {
  /** Exit code for bad input (a CloudTrail 4xx); internal failures exit with 1. */
  static final int EXIT_INVALID_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line on the system clock. */
  public static CommandLine commandLine() {
    return commandLine(Clock.systemUTC());
  }

  /** The configured command line whose lake runs on {@code clock}; tests run it in-process. */
  public static CommandLine commandLine(Clock clock) {
    CommandLine commandLine = new CommandLine(new EventlakeCommand(), new CommandFactory(clock));
    commandLine.setExecutionExceptionHandler(EventlakeCommand::handle);
    commandLine.setExpandAtFiles(false);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The one place where failures become what the user sees: the CloudTrail error name and the message. */
  private static int handle(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (failure instanceof LakeException lakeFailure) {
      commandLine.getErr().println(lakeFailure.code().wireName() + ": " + lakeFailure.getMessage());
      return lakeFailure.code().category() == ErrorCategory.INTERNAL ? 1 : EXIT_INVALID_INPUT;
    }
    if (failure instanceof java.nio.file.NoSuchFileException missing) {
      commandLine.getErr().println("No such file or folder: " + missing.getFile());
      return EXIT_INVALID_INPUT;
    }
    commandLine.getErr().println("InternalFailure: " + failure);
    return 1;
  }
}
