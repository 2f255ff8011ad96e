package org.swapledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.swapledger.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by the ledger commands. */
final class DbOption {
  @Option(names = "--db", paramLabel = "PATH", description = "Ledger database file (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("swapledger.db");

  /** Opens the database, creating it: for commands that write. */
  Store create() {
    return Store.open(db);
  }

  /** Opens an existing database: for commands that only read. */
  Store existing() {
    if (!Files.isRegularFile(db)) {
      throw new IllegalArgumentException("no ledger database at " + db + "; run `swapledger ingest PATH --db " + db
          + "` first");
    }
    return Store.open(db);
  }
}
