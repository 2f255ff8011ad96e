package org.swapledger.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.swapledger.server.LedgerServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swapledger serve}: the web UI and REST API over a ledger database, read-only, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the ledger read-only: web UI (timeline, exchanges, articles, checks) and REST API (/api).",
        "Safe to run while `ingest` writes to the same database."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  DbOption db = new DbOption();

  @Option(names = "--host", paramLabel = "H", description = "Address to listen on (default: ${DEFAULT-VALUE}; "
      + "only this machine can connect unless you choose another).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "P", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
    }
    db.existing().close();
    LedgerServer server = LedgerServer.start(db.database(), host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "swapledger-serve-stop"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    if (spec != null) {
      spec.commandLine().getErr().printf("swapledger: serving %s at http://%s:%d/ (Ctrl-C stops)%n", db.database().describe(), shown,
          server.port());
      spec.commandLine().getErr().flush();
    }
    stopped.await();
    return 0;
  }
}
