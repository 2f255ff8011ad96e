package org.swapledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests, one per test JVM: {@code initdb} into a temporary directory, {@code pg_ctl
 * start} listening on a free port of 127.0.0.1 only (its unix socket in that directory), one new database per
 * {@link #newDatabase}, stopped and deleted when the JVM exits.
 *
 * <p>The binaries come from the system property {@code swapledger.pg.bin} or the environment's
 * {@code SWAPLEDGER_PG_BIN}, else the newest {@code /usr/lib/postgresql/*}{@code /bin}. Without binaries the tests
 * fail, saying so; {@code -Dswapledger.pg.skip=true} (or {@code SWAPLEDGER_PG_SKIP=true}) skips them instead, for a
 * machine without PostgreSQL. PostgreSQL refuses to run as root: as root, the server runs as the user
 * {@code swapledger.pg.user} (default {@code nobody}) through {@code runuser}.
 */
public final class PostgresServer {
  /** The superuser the server is created with, and its password (the server asks for it on TCP). */
  public static final String USER = "swapledger";

  public static final String PASSWORD = "ledger-test-pw";

  private static @Nullable PostgresServer shared;

  private static @Nullable RuntimeException failed;

  private final Path dir;
  private final Path bin;
  private final @Nullable String runAs;
  private final int port;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(Path dir, Path bin, @Nullable String runAs, int port) {
    this.dir = dir;
    this.bin = bin;
    this.runAs = runAs;
    this.port = port;
  }

  /** The server of this JVM, started on first use; skips the calling test when PostgreSQL tests are turned off. */
  public static synchronized PostgresServer shared() {
    Assumptions.assumeFalse(skipped(), "PostgreSQL tests skipped (swapledger.pg.skip=true)");
    if (failed != null) {
      throw failed;
    }
    if (shared == null) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        failed = e;
        throw e;
      }
      PostgresServer s = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "postgres-test-server-stop"));
    }
    return shared;
  }

  static boolean skipped() {
    String p = System.getProperty("swapledger.pg.skip");
    String e = System.getenv("SWAPLEDGER_PG_SKIP");
    return "true".equalsIgnoreCase(p) || (p == null && "true".equalsIgnoreCase(e));
  }

  /** The directory of initdb, pg_ctl and postgres, or an error saying where it looked. */
  static Path binaries() {
    String given = System.getProperty("swapledger.pg.bin", System.getenv("SWAPLEDGER_PG_BIN"));
    if (given != null && !given.isBlank()) {
      Path p = Path.of(given);
      if (!Files.isExecutable(p.resolve("initdb"))) {
        throw new IllegalStateException("swapledger.pg.bin / SWAPLEDGER_PG_BIN is " + p + ", which has no initdb");
      }
      return p;
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        var newest = versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
            .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
            .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())));
        if (newest.isPresent()) {
          return newest.get().resolve("bin");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin: "
        + "install them (Debian: apt-get install postgresql), point -Dswapledger.pg.bin=DIR at them, or skip the "
        + "PostgreSQL tests with -Dswapledger.pg.skip=true");
  }

  private static PostgresServer start() {
    Path bin = binaries();
    String runAs = isRoot() ? System.getProperty("swapledger.pg.user", "nobody") : null;
    try {
      Path dir = Files.createTempDirectory("swapledger-pg");
      Path pwfile = dir.resolve("pw");
      Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
      if (runAs != null) {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        for (Path p : List.of(dir, pwfile)) {
          Files.setOwner(p, users.lookupPrincipalByName(runAs));
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
      PostgresServer s = null;
      exec(bin, runAs, dir, List.of("initdb", "-D", dir.resolve("data").toString(), "-U", USER,
          "--pwfile=" + pwfile, "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C",
          "--no-sync"), 120);
      IllegalStateException last = null;
      for (int attempt = 0; attempt < 3; attempt++) {
        int port = freePort();
        try {
          exec(bin, runAs, dir, List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-l",
              dir.resolve("server.log").toString(), "-w", "-t", "60", "start", "-o",
              "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                  + "-c full_page_writes=off -c max_connections=200"), 90);
          s = new PostgresServer(dir, bin, runAs, port);
          break;
        } catch (IllegalStateException e) {
          last = e;
        }
      }
      if (s == null) {
        throw last;
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the PostgreSQL test server: " + e.getMessage(), e);
    }
  }

  /** Port the server listens on (127.0.0.1). */
  public int port() {
    return port;
  }

  /** A new empty database, as a URL with user and password: {@code postgresql://swapledger:…@127.0.0.1:PORT/db}. */
  public String newDatabaseUrl() {
    return url(createDatabase());
  }

  /** A new empty database, as the store takes it. */
  public Database newDatabase() {
    return Database.parse(newDatabaseUrl());
  }

  /** A new empty database's name. */
  public String createDatabase() {
    String name = "ledger_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    return name;
  }

  /** The URL of {@code database} with the password in it. */
  public String url(String database) {
    return "postgresql://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port + "/" + database;
  }

  /** The URL of {@code database} without a password (for PGPASSWORD). */
  public String urlWithoutPassword(String database) {
    return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + database;
  }

  /** A plain JDBC connection (autocommit on) to {@code database}, for looking at it from outside the store. */
  public Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", USER);
    p.setProperty("password", PASSWORD);
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
  }

  private void stop() {
    try {
      exec(bin, runAs, dir, List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
          "stop"), 60);
    } catch (RuntimeException e) {
      System.err.println("PostgresServer: " + e.getMessage());
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("PostgresServer: cannot delete " + dir + ": " + e.getMessage());
    }
  }

  private static boolean isRoot() {
    try {
      Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      p.waitFor(10, TimeUnit.SECONDS);
      return out.equals("0");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Runs one of the server's programs (as {@code runAs} when given) in {@code dir}; throws with its output. */
  private static void exec(Path bin, @Nullable String runAs, Path dir, List<String> command, int seconds) {
    List<String> cmd = new ArrayList<>();
    if (runAs != null) {
      cmd.addAll(List.of("runuser", "-u", runAs, "--"));
    }
    cmd.add(bin.resolve(command.get(0)).toString());
    cmd.addAll(command.subList(1, command.size()));
    try {
      Path log = Files.createTempFile("swapledger-pg-cmd", ".log");
      try {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException(String.join(" ", cmd) + " did not finish in " + seconds + " s");
        }
        if (p.exitValue() != 0) {
          String serverLog = Files.isRegularFile(dir.resolve("server.log"))
              ? "\nserver.log:\n" + Files.readString(dir.resolve("server.log")) : "";
          throw new IllegalStateException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "):\n"
              + Files.readString(log) + serverLog);
        }
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", cmd) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + cmd.get(0), e);
    }
  }
}
