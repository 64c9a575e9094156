package dev.eventlake.api.delivery;

import dev.eventlake.api.cli.EventlakeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the real command line: exit code, standard output and standard error. */
record CommandRun(int exitCode, String out, String err) {
  static CommandRun of(String... arguments) {
    CommandLine commandLine = EventlakeCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(arguments);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }
}
