package org.swapledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.swapledger.bench.CorpusGenerator;
import org.swapledger.store.Backend;
import org.swapledger.store.Database;
import org.swapledger.store.Store;

/**
 * Runs {@code swapledger ingest} in a child JVM, kills it with SIGKILL mid-run, reruns it, and compares: into a SQLite
 * file and into PostgreSQL.
 */
class IngestCrashIT {
  private static final int ARTICLES = 3000;

  @TempDir
  Path dir;

  private Process start(Path corpus, String db, String log) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        "org.swapledger.cli.Main", "ingest", corpus.toString(), "--db", db, "--batch", "50"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(log + ".log").toFile())
        .start();
  }

  private static Connection connect(String db) throws SQLException {
    if (Database.parse(db) instanceof Database.Postgres p) {
      java.util.Properties props = new java.util.Properties();
      props.setProperty("user", p.user());
      props.setProperty("password", String.valueOf(p.password()));
      return DriverManager.getConnection(p.jdbcUrl(), props);
    }
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }

  private static long articles(String db) {
    if (!Database.isPostgres(db) && !Files.exists(Path.of(db))) {
      return 0;
    }
    try (Connection c = connect(db);
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // not migrated yet
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void a_run_killed_mid_ingest_and_rerun_leaves_the_same_database_as_one_clean_run(Backend backend)
      throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
      new CorpusGenerator(11).write(w, ARTICLES, 400);
    }
    String clean = backend.fresh(dir, "clean");
    assertThat(start(corpus, clean, "clean").waitFor(5, TimeUnit.MINUTES)).isTrue();

    String crashed = backend.fresh(dir, "crashed");
    Process p = start(corpus, crashed, "crashed");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (articles(crashed) < 200 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("ingest still running when killed").isTrue();
    p.destroyForcibly().waitFor();
    long atKill = articles(crashed);
    assertThat(atKill).isBetween(1L, (long) ARTICLES - 1);

    Process rerun = start(corpus, crashed, "rerun");
    assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();

    try (Store a = Store.open(clean); Store b = Store.open(crashed)) {
      var cleanDump = a.dump();
      assertThat(cleanDump.get("articles")).hasSizeGreaterThan(ARTICLES / 2);
      assertThat(cleanDump.get("events")).isNotEmpty();
      assertThat(cleanDump.get("issues")).isNotEmpty();
      assertThat(b.dump()).isEqualTo(cleanDump);
    }
  }
}
