package org.swapledger.store;

import java.nio.file.Path;

/** The two kinds of ledger database, for tests that run on each: a fresh empty database of the kind as a --db value. */
public enum Backend {
  SQLITE, POSTGRESQL;

  /** A new empty database: a file in {@code dir}, or a new database on the shared test server (with password). */
  public String fresh(Path dir, String name) {
    return switch (this) {
      case SQLITE -> dir.resolve(name + ".db").toString();
      case POSTGRESQL -> PostgresServer.shared().newDatabaseUrl();
    };
  }
}
