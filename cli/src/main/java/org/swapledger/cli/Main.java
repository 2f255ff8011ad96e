package org.swapledger.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code swapledger} command. */
@Command(name = "swapledger", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "A sourced ledger of prisoner-of-war exchanges, read from news coverage.",
    subcommands = {DemoCommand.class, ExtractCommand.class, IngestCommand.class, FetchCommand.class, WatchCommand.class,
        LedgerCommands.Rebuild.class, LedgerCommands.Events.class, LedgerCommands.Show.class, LedgerCommands.Checks.class,
        LedgerCommands.Issues.class, LedgerCommands.Export.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code for bad input or a failed run. */
  public static final int FAILED = 1;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      err.println("swapledger: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (System.getenv("SWAPLEDGER_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      err.flush();
      return FAILED;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"swapledger " + (v == null ? "dev" : v)};
    }
  }
}
