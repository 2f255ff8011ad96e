package org.swapledger.cli;

import java.nio.file.Files;
import org.swapledger.store.Database;
import org.swapledger.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db PATH|URL} option shared by the ledger commands. */
final class DbOption {
  /** How {@code --db} is described in every command's help. */
  static final String HELP = "Ledger database: a SQLite file, or a PostgreSQL URL "
      + "postgresql://user[:password]@host[:port]/dbname (password also from PGPASSWORD)";

  @Option(names = "--db", paramLabel = "PATH|URL", description = HELP + " (default: ${DEFAULT-VALUE}).")
  String db = "swapledger.db";

  /** The database {@code --db} names. */
  Database database() {
    return Database.parse(db);
  }

  /** Opens the database, creating it: for commands that write. */
  Store create() {
    return Store.open(database());
  }

  /** Opens an existing database: for commands that only read (a PostgreSQL database is migrated if new). */
  Store existing() {
    Database d = database();
    if (d instanceof Database.SqliteFile f && !Files.isRegularFile(f.file())) {
      throw new IllegalArgumentException("no ledger database at " + f.file() + "; run `swapledger ingest PATH --db "
          + f.file() + "` first");
    }
    return Store.open(d);
  }
}
