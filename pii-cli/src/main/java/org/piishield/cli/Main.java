package org.piishield.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of {@code shield} (the Main-Class of {@code shield.jar}). Output is UTF-8.
 *
 * <p>Tests and embedders run commands in-process with {@link #commandLine(CliContext)}:
 *
 * <pre>{@code
 * CommandLine cmd = Main.commandLine(new CliContext(stdin, Map.of(), false));
 * cmd.setOut(out).setErr(err);
 * int exit = cmd.execute("scan", "--format", "jsonl", "memo.txt");
 * }</pre>
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    LibraryLogging.silence();
    CommandLine cmd = commandLine(CliContext.system());
    cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cmd.execute(args));
  }

  /** The {@code shield} command with its subcommands and the error handling that gives the exit codes. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine cmd = new CommandLine(new ShieldCommand(context));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(USAGE_ERROR);
    cmd.setExecutionExceptionHandler(INTERNAL_ERROR);
    cmd.setExitCodeExceptionMapper(e -> e instanceof ParameterException ? ExitCode.USAGE : ExitCode.INTERNAL);
    return cmd;
  }

  /** One line naming the problem, suggestions for a mistyped option, and where to find help: exit 2. */
  private static final IParameterExceptionHandler USAGE_ERROR = (ex, args) -> {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("shield: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCode.USAGE;
  };

  /**
   * A bug: name the exception class and where it was thrown, not its message (which could quote a
   * document), and exit 70.
   */
  private static final IExecutionExceptionHandler INTERNAL_ERROR = (ex, cmd, parseResult) -> {
    PrintWriter err = cmd.getErr();
    err.println("shield: internal error (" + ex.getClass().getName() + "); please report it with this trace:");
    for (StackTraceElement e : ex.getStackTrace()) {
      err.println("    at " + e);
    }
    err.flush();
    return ExitCode.INTERNAL;
  };
}
