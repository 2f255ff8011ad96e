package org.swapledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swapledger.store.Backend;
import org.swapledger.store.PostgresServer;

/** The ledger commands on each backend: --db a SQLite file or a PostgreSQL URL. */
class LedgerCommandsTest {
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private String ingestOne(Backend backend) throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"x1\",\"url\":\"https://example.org/x1\",\"outlet\":\"Example\","
        + "\"published\":\"2024-02-08\",\"text\":\"Swap\\n\\nThe Coordination Headquarters said 100 Ukrainian "
        + "defenders returned home today in the 51st exchange. Russia's defence ministry said 100 Russian "
        + "servicemen had been returned.\"}\n{not json}\n", StandardCharsets.UTF_8);
    String db = backend.fresh(dir, "l");
    Run r = run("ingest", in.toString(), "--db", db);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("ingested 1 articles: 1 new", "1 issues", "1 events");
    return db;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void export_events_csv_gives_one_row_with_the_best_figure_per_side(Backend backend) throws IOException {
    String db = ingestOne(backend);

    Run r = run("export", "events", "--format", "csv", "--db", db);

    assertThat(r.code()).isZero();
    assertThat(r.out().split("\r\n")).hasSize(2);
    assertThat(r.out().split("\r\n")[1]).startsWith("1,2024-02-08,51,100,exact,100,exact,");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void show_by_date_quotes_the_sentence_and_names_the_source_and_url(Backend backend) throws IOException {
    String db = ingestOne(backend);

    Run r = run("show", "2024-02-08", "--db", db);

    assertThat(r.out()).contains("Coordination Headquarters for the Treatment of Prisoners of War",
        "Russian Ministry of Defence", "https://example.org/x1", "100 Ukrainian defenders returned home");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void issues_lists_the_bad_line_with_file_and_line(Backend backend) throws IOException {
    String db = ingestOne(backend);

    Run r = run("issues", "--db", db);

    assertThat(r.out()).contains("in.jsonl:2");
  }

  @Test
  void reading_a_database_that_does_not_exist_fails_with_one_clear_line() {
    Run r = run("events", "--db", dir.resolve("none.db").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines().toList()).hasSize(1);
    assertThat(r.err()).contains("no ledger database at", "swapledger ingest");
    assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
  }

  @Test
  void export_of_an_unknown_kind_is_a_usage_error() {
    assertThat(run("export", "people", "--db", dir.resolve("x.db").toString()).code()).isEqualTo(2);
  }

  @Test
  void rebuild_events_checks_and_show_by_id_work_on_a_postgresql_url() throws IOException {
    String db = ingestOne(Backend.POSTGRESQL);

    assertThat(run("rebuild", "--db", db).code()).isZero();
    Run events = run("events", "--db", db);
    assertThat(events.code()).isZero();
    assertThat(events.out()).contains("2024-02-08");
    assertThat(run("checks", "--db", db).code()).isZero();
    assertThat(run("show", "1", "--db", db).out()).contains("https://example.org/x1");
  }

  @Test
  void a_postgresql_server_that_cannot_be_reached_fails_with_one_line_naming_host_and_port() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }

    Run r = run("events", "--db", "postgresql://ann:secret@127.0.0.1:" + port + "/ledger");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines().toList()).hasSize(1);
    assertThat(r.err()).contains("127.0.0.1:" + port, "refused").doesNotContain("secret", "at org.");
  }

  @Test
  void a_wrong_password_fails_with_one_line_and_does_not_show_it() {
    PostgresServer pg = PostgresServer.shared();
    String db = pg.createDatabase();

    Run r = run("events", "--db", "postgresql://" + PostgresServer.USER + ":wrong-pw@127.0.0.1:" + pg.port() + "/"
        + db);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines().toList()).hasSize(1);
    assertThat(r.err()).contains("127.0.0.1:" + pg.port(), "password authentication failed")
        .doesNotContain("wrong-pw");
  }
}
