package org.swapledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * An open ledger database: one SQLite file in WAL mode, migrated to the current schema on open. One writer at a
 * time; every change runs in {@link #inTransaction}, so a crash leaves each transaction either done or not.
 */
public final class Store implements AutoCloseable {
  private final Path file;
  private final Connection connection;

  private Store(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) the database file and migrates its schema. */
  public static Store open(Path file) {
    Path abs = file.toAbsolutePath();
    String url = "jdbc:sqlite:" + abs;
    try {
      Path parent = abs.getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new StoreException("cannot open database " + abs + ": directory " + parent + " does not exist", null);
      }
      Connection c = DriverManager.getConnection(url);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        // NORMAL in WAL mode survives a killed process; only a power cut can lose the last commits.
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=10000");
      }
      migrate(url);
      c.setAutoCommit(false);
      return new Store(abs, c);
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + abs + ": " + e.getMessage(), e);
    }
  }

  /** Flyway reports every step at INFO; a command line wants only its warnings. Held so the level stays set. */
  private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

  private static void migrate(String url) {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    try {
      Flyway.configure(Store.class.getClassLoader()).dataSource(url, null, null)
          .locations("classpath:db/migration").load().migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate database " + url + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(Work<T> work) {
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new StoreException("database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads without changing anything (one transaction, for a consistent view). */
  public <T> T read(Work<T> work) {
    return inTransaction(work);
  }

  /**
   * Every row of every ledger table (Flyway's own history, which records when it ran, left out), as text in
   * primary-key order: two databases with equal dumps hold the same ledger.
   */
  public java.util.SortedMap<String, java.util.List<String>> dump() {
    return read(c -> {
      java.util.SortedMap<String, java.util.List<String>> out = new java.util.TreeMap<>();
      java.util.List<String> tables = new java.util.ArrayList<>();
      try (java.sql.ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String t = rs.getString("TABLE_NAME");
          if (!t.startsWith("flyway_") && !t.startsWith("sqlite_")) {
            tables.add(t);
          }
        }
      }
      for (String t : tables) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              sb.append(i > 1 ? " | " : "").append(rs.getString(i));
            }
            rows.add(sb.toString());
          }
        }
        java.util.Collections.sort(rows);
        out.put(t, rows);
      }
      return out;
    });
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close database " + file + ": " + e.getMessage(), e);
    }
  }
}
