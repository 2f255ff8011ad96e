package org.swapledger.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.swapledger.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swapledger demo}: the main job on the bundled examples, as the README's quick start runs it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled example articles into a ledger, list its exchanges, then serve it at",
        "http://127.0.0.1:8080/ (Ctrl-C to stop; --no-serve to skip). The examples are in examples/ beside the launcher."})
final class DemoCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Option(names = "--db", paramLabel = "PATH|URL", description = DbOption.HELP + " (default: ${DEFAULT-VALUE}).")
  String db = "swapledger.db";

  @Option(names = "--no-serve", description = "Stop after listing the exchanges, without starting the web UI.")
  boolean noServe;

  @Option(names = "--port", description = "Port of the web UI (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--examples", description = "Folder of example articles (default: examples/ beside the launcher).")
  @Nullable Path examples;

  @Override
  public Integer call() {
    CommandSpec s = spec == null ? null : spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    PrintWriter err = s.commandLine().getErr();
    Path dir = examples != null ? examples : defaultExamples();
    if (!Files.isDirectory(dir)) {
      err.println("swapledger demo: no examples folder at " + dir + " (give one with --examples)");
      return Main.FAILED;
    }
    CommandLine root = s.commandLine().getParent();
    if (root == null) {
      throw new IllegalStateException("demo must run as a subcommand of swapledger");
    }
    err.println("swapledger demo: ingesting " + dir + " into " + Database.parse(db).describe());
    int ingest = root.execute("ingest", dir.toString(), "--db", db);
    if (ingest != 0) {
      return ingest;
    }
    int events = root.execute("events", "--db", db);
    if (events != 0 || noServe) {
      return events;
    }
    err.println("swapledger demo: the ledger is at http://127.0.0.1:" + port + "/ (Ctrl-C to stop)");
    err.flush();
    return root.execute("serve", "--db", db, "--port", String.valueOf(port));
  }

  /** examples/ beside the launcher (which sets swapledger.home), else in the working directory. */
  static Path defaultExamples() {
    String home = System.getProperty("swapledger.home");
    return home == null ? Path.of("examples") : Path.of(home, "examples");
  }
}
